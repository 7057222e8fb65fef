package org.citemeta.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Closed word lists used by the patterns (hand-written; English plus the common European head words). */
final class Lexicon {
    private Lexicon() {
    }

    /** Capitalised words of a body's units ({@link #STOP_CAP} too), which end a name of their own before them. */
    static final Set<String> UNIT_WORDS = Set.of("Department", "Departments", "School", "Faculty", "Division",
            "Unit", "Group", "Section");

    /**
     * Capitalised words that never start or continue a name (function words, sentence openers, months, the
     * {@link #UNIT_WORDS} ...).
     */
    static final Set<String> STOP_CAP = union(UNIT_WORDS, Set.of(
            "The", "A", "An", "In", "At", "On", "By", "For", "From", "With", "To", "Of", "And", "But", "Or", "As",
            "After", "Before", "During", "Since", "Under", "Over", "Meanwhile", "According", "Its", "It", "This",
            "That", "These", "Those", "Our", "Their", "His", "Her", "We", "They", "He", "She", "I", "You", "Some",
            "Many", "Most", "Such", "When", "While", "Where", "Yet", "Both", "Each", "Every", "Other", "Others",
            "Later", "Here", "There", "Then", "Thus", "However", "Also", "If", "Not", "No", "All", "Any", "One",
            "Two", "Three", "First", "Second", "New", "Last", "Next", "Why", "How", "What", "Who", "Which",
            "Abstract", "References", "Introduction", "Methods", "Results", "Discussion", "Correspondence",
            "Funding", "Acknowledgements", "Acknowledgments", "Keywords", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Figure", "Fig", "Table",
            "Nobody", "Everyone", "Anyone", "Somebody", "Than", "Because", "Although", "Though", "Until", "Unless",
            "Whether", "Even", "Only", "Just", "More", "Less", "Much", "Few", "Several", "Another", "Among",
            "Between", "Into", "Through", "Via", "Per", "Near", "Without", "Within", "About", "Above", "Below",
            "Member", "States", "Professor", "Director", "President", "Chair", "Head", "Dean", "Editor", "Minister",
            // German articles, capitalised at a sentence's start: "Das Karlsruher Institut ...", "Die Station ..."
            "Der", "Die", "Das", "Dem", "Den", "Des", "Ein", "Eine", "Einem", "Einen", "Einer", "Eines",
            // sentence adverbs before a comma, no name: "Finally, the X consortium ..."
            "Finally", "Moreover", "Furthermore", "Additionally", "Similarly", "Likewise", "Nevertheless",
            "Nonetheless", "Consequently", "Therefore", "Importantly", "Notably", "Instead"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }

    /**
     * Lower-case connectors allowed inside organisation names ("es" of "University of Dar es Salaam"), with the
     * Indonesian "dan" ("and": "Badan Riset dan Inovasi ...") and the Swahili "ya", "wa", "cha", "za" ("of": "Wizara
     * ya Afya", "Chuo Kikuu cha ...").
     */
    static final Set<String> CONNECTORS = Set.of(
            "of", "for", "the", "de", "des", "du", "di", "da", "do", "dos", "das", "del", "della", "delle", "dei",
            "degli", "für", "fur", "la", "le", "les", "y", "et", "und", "e", "à", "au", "aux", "zu", "zur", "van",
            "von", "der", "den", "het", "voor", "on", "d'", "l'", "em", "en", "para", "pour", "per", "es", "dan", "ya",
            "wa", "cha", "za", "los", "las");

    static final Set<String> NAME_PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "di", "du", "le", "la",
            "ten", "ter", "bin", "al", "dos", "del");

    /**
     * Nouns of committees and administrative units, never a word of a person's name ("the Human Research Ethics
     * Committee of ...", "Directorate General of ...": not "X of ORG" for a person); they give no type of their own.
     * A journal's noun is none either ("Zoological Journal of the Linnean Society" is no person of a society).
     */
    static final Set<String> BODY_NOUNS = Set.of("Committee", "Committees", "Directorate", "Directorates",
            "Secretariat", "Subcommittee", "Journal");

    /**
     * Words that open a clause after a comma, not a person's role: ", then shipped from …", ", and later at …",
     * ", which …".
     */
    static final Set<String> CLAUSE_OPENERS = Set.of("then", "and", "but", "which", "where", "when", "while", "so",
            "thus", "later", "before", "after", "since", "or");

    /** Words before the names an acknowledgement thanks ("We thank X and Y", "thanks to X"). */
    static final Set<String> THANK_WORDS = Set.of("thank", "thanks", "Thanks");

    /** The months' English names. */
    static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December");

    /** The months' English names and their abbreviations ("Sept"), as datelines write them. */
    static final Set<String> MONTHS_AND_ABBREVIATIONS = union(MONTHS, Set.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
            "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"));

    static final Set<String> TITLES = Set.of("Dr", "Prof", "Professor", "Mr", "Mrs", "Ms", "Sir", "Dame", "Dra",
            "Drs");

    static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "added", "explained", "noted", "argues",
            "argued", "warned", "stated", "commented", "recalled", "wrote", "writes", "adds", "notes", "explains",
            "cautions", "cautioned");

    /** Prepositions announcing a place ("in Jordan", "based in Jordan"). */
    static final Set<String> LOC_PREPS = Set.of("in", "from", "to", "across", "near", "between", "throughout",
            "within", "outside", "inside", "around", "visit", "visited", "based", "located", "and", ",");

    /** Lower-case nouns after a facility name: "the Sirius synchrotron". */
    static final Set<String> FACILITY_NOUNS = Set.of("synchrotron", "telescope", "collider", "observatory",
            "laser", "reactor", "beamline", "spacecraft", "satellite", "rover", "detector", "experiment", "array",
            "accelerator", "tokamak", "interferometer", "supercomputer", "icebreaker", "stellarator", "cyclotron",
            "radiotelescope", "probe", "mission", "light", "neutron", "spallation", "x-ray", "facility",
            "free-electron", "source", "machine");

    /** Lower-case nouns before a facility name: "the research vessel Polarstern". */
    static final Set<String> FACILITY_PRE_NOUNS = Set.of("vessel", "ship", "icebreaker", "spacecraft",
            "satellite", "rover", "telescope", "probe");

    static final Set<String> GEO_HEADS = Set.of("Desert", "Valley", "Peninsula", "Mountains", "River", "Sea",
            "Ocean", "Basin", "Plateau", "Lake", "Gulf", "Bay", "Island", "Islands", "Coast", "Strait", "Glacier",
            "Highlands", "Highland", "Delta", "Rainforest", "Archipelago", "Fjord", "Shelf", "Trench", "Trough", "Canyon", "Seamount",
            "Ridge", "Region", "Icefield", "Icecap", "Lagoon", "Estuary", "County", "Voivodeship", "Regency", "Province",
            "Oblast", "Governorate", "Prefecture");

    /**
     * Words that head a protected area's name only after a word of {@link #PARK_LEADS}: "Corvo Ridge National Park",
     * "Lunsar Nature Reserve", "Kivalo Biosphere Reserve" (not "Science Park", "Federal Reserve").
     */
    static final Set<String> PARK_HEADS = Set.of("Park", "Reserve", "Sanctuary", "Monument");

    static final Set<String> PARK_LEADS = Set.of("National", "Nature", "Natural", "Biosphere", "Game", "Marine",
            "Wildlife", "Forest", "Provincial", "Regional");

    /**
     * Geographic words that lead a name: "Mount Kenya", "Cerro Armazones", and in Spanish, Portuguese and Italian
     * "Río Tulma", "Lago Verano", "Golfo Serrano".
     */
    static final Set<String> GEO_LEADS = Set.of("Mount", "Mont", "Monte", "Cerro", "Lake", "Isla", "Isle", "Cape",
            "Lac", "Sierra", "Gulf", "Río", "Rio", "Lago", "Golfo", "Glaciar", "Volcán", "Bahía", "Laguna");

    /** Geographic words before "of" and a name: "Gulf of Tarsa", "Strait of Kerch", "Bay of Lorn". */
    static final Set<String> GEO_OF_LEADS = Set.of("Gulf", "Bay", "Strait", "Straits", "Sea", "Isle", "Lake", "Cape",
            "Firth", "Sound");

    /**
     * Last words of named surveys, studies, panels, registries, databases, archives, data systems (see
     * {@link #DATA_SYSTEM_LEADS}), datasets, inventories, corpora, records and online databases, which are OTHER ("Malawi
     * Integrated Household Survey", "Tromsø Heart Study", "Swiss Household Panel", "Danish Cancer Registry",
     * "Coastal Sonar Images Dataset", "Norwegian Lake Inventory", "Kestrel Morbidity Record", "Harbour Toll Registers
     * Online"): only as
     * the last word of a name without an organisation's or facility's head word before it ("Institute for Advanced
     * Study" is an organisation), and "Survey" not after a word of {@link #SURVEY_ORG_LEADS}. "Survey" elsewhere stays
     * an organisation's head word as before; the others give no type elsewhere ("Intergovernmental Panel on ...").
     */
    static final Set<String> DATA_HEADS = Set.of("Survey", "Surveys", "Study", "Panel", "Registry", "Register",
            "Database", "Archive", "Census", "Cohort", "System", "Dataset", "Datasets", "Inventory", "Corpus", "Record",
            "Online");

    /**
     * Words before "System" that make it a data system ("Vital Statistics Information System", "Lunar Data System",
     * "Malaria Surveillance System"), and an observing system ("Kestrel Shelf Observing System", "Coastal Carbon
     * Observation System"); "System" after any other word gives no type ("Solar System").
     */
    static final Set<String> DATA_SYSTEM_LEADS = Set.of("Data", "Information", "Surveillance", "Reporting",
            "Registration", "Observation", "Observing", "Monitoring");

    /**
     * Words before "Station" that make it a research station, a facility ("Birch Creek Field Station", "Svalbard
     * Research Station", "Ross Island Marine Station"); "Station" after any other word gives no type ("Station Road",
     * "Central Station").
     */
    static final Set<String> STATION_LEADS = Set.of("Field", "Research", "Biological", "Marine", "Ecological",
            "Experimental", "Polar", "Antarctic", "Arctic", "Agricultural", "Meteorological", "Weather",
            "Hydrological", "Seismological", "Geophysical", "Monitoring", "Tracking", "Ground", "Space", "Astrophysical",
            "Astronomical", "Zoological");

    /**
     * Words before "Office" that make it a government office ("Federal Office of Topography", "National Audit
     * Office", "Meteorological Office"); "Office" is one also before "for" / "of" ("Office for Coastal Affairs"), and
     * gives no type elsewhere ("Head Office", "Post Office Road").
     */
    static final Set<String> OFFICE_LEADS = Set.of("Federal", "National", "Statistical", "Meteorological", "Patent",
            "Audit", "Foreign", "Cantonal", "State", "Regional", "Central");

    /** Words before "Survey" that make it an organisation: "British Geological Survey", "Ordnance Survey". */
    static final Set<String> SURVEY_ORG_LEADS = Set.of("Geological", "Geodetic", "Antarctic", "Ordnance",
            "Hydrographic", "Botanical", "Zoological", "Geophysical", "Geographical", "Topographical", "Mineral");

    /**
     * Words before "Archive" that make it a body's archive, an organisation like "National Archives" ("Torre do Tombo
     * National Archive", "Kessa State Archive"), not a data archive used as a service ("Social Science Data Archive").
     */
    static final Set<String> ARCHIVE_ORG_LEADS = Set.of("National", "State", "Municipal", "City", "Provincial",
            "Historical", "County", "Diocesan", "Federal");

    /** Companies' legal forms, which end a name: "Kestrel Optics AG and ..." is one company, then another name. */
    static final Set<String> LEGAL_FORMS = Set.of("Inc", "Ltd", "GmbH", "AG", "LLC", "Corp", "PLC", "SpA", "BV",
            "Oy", "ASA", "KGaA", "Pty");

    /**
     * Head words of universities, ministries, agencies, offices, foundations, associations and hospitals in languages
     * the list above leaves out, and "Hospitals" (a hospital group: "Rivermead Hospitals"): Indonesian ("Universitas
     * Tanjung Barat", "Yayasan Kasih Ibu", "Dinas Kesehatan Kota X", "Badan Pusat Statistik", "Kementerian Pertanian",
     * "Perkumpulan ...", "Lembaga ..."), Swahili ("Wizara ya Afya", "Taasisi ya ...", "Chuo Kikuu ...", "Mamlaka ya
     * ...", "Shirika la ..."), Hindi ("... Vishwavidyalaya", "... Sansthan", "... Parishad", "... Nigam"), French
     * ("Autorité du Bassin de X", "Conseil Régional de X", "Groupement ...", "Caisse ...", "Fédération ..."),
     * Polish, Czech and Romanian ("Politechnika Krakowska", "Akademia ...", "Centrum ...", "Fundacja ...",
     * "Stowarzyszenie ...", "Urząd ...", "Univerzita ...", "Ústav ...", "Universitatea ...", "Ministerul ..."),
     * Turkish, which puts the head last ("Ege Üniversitesi", "... Enstitüsü", "... Bakanlığı", "... Vakfı"), Dutch
     * ("Stichting ...", "Ministerie ...") and Spanish and Portuguese regional governments ("Junta de X", "Secretaria de
     * Saúde", "Prefeitura de X").
     */
    static final Set<String> AGENCY_HEADS_OTHER_LANGUAGES = Set.of("Universitas", "Yayasan", "Perkumpulan",
            "Perhimpunan", "Badan", "Dinas", "Kementerian", "Lembaga", "Wizara", "Taasisi", "Chuo", "Mamlaka",
            "Shirika", "Baraza", "Hospitali", "Vishwavidyalaya", "Sansthan", "Parishad", "Nigam", "Autorité",
            "Conseil", "Groupement", "Caisse", "Fédération", "Politechnika", "Akademia", "Centrum", "Fundacja",
            "Stowarzyszenie", "Urząd", "Agencja", "Ministerstwo", "Szpital", "Univerzita", "Ústav", "Nadace",
            "Ministerstvo", "Universitatea", "Institutul", "Ministerul", "Agenția", "Üniversitesi", "Enstitüsü",
            "Bakanlığı", "Vakfı", "Stichting", "Ministerie", "Junta", "Secretaria", "Secretaría", "Prefeitura",
            "Hospitals", "Universitat", "Fundació", "Consell", "Consejería", "Conselleria", "Agència");

    /**
     * Head words of organisation and facility names, with the type they give. Companies' legal forms are among them
     * ("Inc", "GmbH", "AG", "LLC", "PLC", "SpA", "BV", "Oy": "Kestrel Optics AG"), not the ones that are also
     * abbreviations of places ("SA", "NV", "AB"). Ministries, agencies, services, directorates, corporations,
     * commissions, societies and associations have their Spanish, Portuguese, French and Italian words too
     * ("Ministerio de Pesca", "Servicio Forestal de Tarma", "Dirección General de Puertos"), and so is a "Joint
     * Undertaking" ("Clean Hydrogen Joint Undertaking"). Libraries, archives and museums, in several languages, are
     * organisations ("Marston Library", "Archivio Comunale di Lucca", "Biblioteca Estense"); "Archive" in the singular is
     * a data archive (see {@link #DATA_HEADS}). "Banco", "Banque" and "Banca" head a bank's name before a connector or a
     * capitalised word ("Banco de España", "Banque de France", "Banco Central do Brasil"; {@code Annotator.headAt}).
     */
    static final Map<String, EntityType> HEADS = new HashMap<>();

    /** Suffixes of German compound heads ("Forschungsgemeinschaft", "Forschungszentrum"). */
    static final String[] COMPOUND_HEADS = {"universität", "institut", "zentrum", "gemeinschaft", "gesellschaft",
            "akademie", "hochschule", "laboratorium", "archief", "ministerium", "instituts", "zentrums", "ministeriums"};

    static {
        for (String h : new String[]{"University", "Universities", "College", "Academy", "Academia", "Institute",
                "Institution", "Institutes", "Laboratory", "Laboratories", "Lab", "Labs", "Foundation", "Agency",
                "Society", "Council", "Centre", "Center", "Hospital", "Ministry", "Organisation", "Organization",
                "Association", "Commission", "Consortium", "Survey", "Board", "Museum", "Corporation", "Trust",
                "Union", "Federation", "Alliance", "Administration", "Authority", "Fund", "Fonds", "Universidad", "Université", "Universität",
                "Università", "Universidade", "Universiteit", "Universitet", "Uniwersytet", "Instituto", "Institut",
                "Istituto", "Instytut", "Centro", "Consejo", "Conselho", "Consiglio", "Académie", "Accademia",
                "Akademie", "Laboratoire", "Laboratorio", "Laboratório", "Laboratorium", "Fundação", "Fundación",
                "Fondation", "Fondazione", "Stiftung", "Gesellschaft", "École", "Escuela", "Escola", "Scuola",
                "Hochschule", "Politecnico", "Zentrum", "Klinikum", "Instituts", "Zentrums", "Ministeriums",
                "Klinikums", "Hôpital", "Ospedale", "Inc", "Ltd", "GmbH",
                "Bureau", "Bank", "Service", "AG", "LLC", "Corp", "PLC", "SpA", "BV", "Oy", "ASA", "KGaA",
                "Pty", "Library", "Libraries", "Biblioteca", "Bibliothèque", "Bibliotheek", "Bibliothek",
                "Biblioteka", "Archives", "Archivio", "Archivo", "Arquivo", "Archiv", "Archief", "Archiwum", "Musée", "Museo", "Museu",
                "Office", "Ministerio", "Ministério", "Ministère", "Ministero", "Ministerium", "Agencia", "Agência",
                "Agence", "Agenzia", "Servicio", "Serviço", "Servizio", "Dirección", "Direção", "Direzione",
                "Corporación", "Corporação", "Comisión", "Comissão", "Commissione", "Sociedad", "Sociedade",
                "Società", "Société", "Asociación", "Associação", "Associazione", "Consorcio", "Consorzio",
                "Undertaking", "Banco", "Banque", "Banca", "Chamber", "ERIC", "Cooperative", "Navy"}) {
            HEADS.put(h, EntityType.ORGANIZATION);
        }
        for (String h : AGENCY_HEADS_OTHER_LANGUAGES) {
            HEADS.put(h, EntityType.ORGANIZATION);
        }
        for (String h : new String[]{"Telescope", "Observatory", "Observatories", "Collider", "Synchrotron", "Source", "Facility",
                "Reactor", "Laser", "Array", "Interferometer", "Tokamak", "Spectrometer", "Stellarator", "Camera",
                "Imager", "Radar", "Spectrograph", "Radiometer", "Magnetometer", "Altimeter", "Telescopio", "Station",
                "Complex", "Probe", "Airport", "Supersite"}) {
            HEADS.put(h, EntityType.FACILITY);
        }
        for (String h : FacilityContext.HEADS) {
            HEADS.putIfAbsent(h, EntityType.FACILITY);
        }
        for (String h : new String[]{"Index", "Programme", "Program", "Initiative", "Project", "Strategy",
                "Plan", "Symposium"}) {
            HEADS.put(h, EntityType.OTHER);
        }
        for (String h : DATA_HEADS) {
            HEADS.putIfAbsent(h, EntityType.OTHER);
        }
    }

    /**
     * Words before "Bank" that make it a bank's name ("World Bank", "European Central Bank", "Asian Development
     * Bank"); otherwise only "Bank of ..." is one. "Jodrell Bank", "Green Bank", "West Bank" and "Protein Data Bank"
     * are not.
     */
    static final Set<String> BANK_LEADS = Set.of("World", "Central", "Development", "Investment", "Reserve",
            "National", "Commercial", "Savings", "Cooperative", "Agricultural", "Export-Import", "Islamic", "Deutsche",
            "People's", "Peoples", "State", "Federal", "Postal");

    /**
     * A German head word in the genitive ("Instituts", "Helmholtz-Zentrums", "Bundesministeriums"): the name stands
     * after "des" / "der", which with the noun before it ("Messungen des Alfred-Wegener-Instituts") is no part of it.
     */
    static boolean germanGenitiveHead(String w) {
        String lw = w.toLowerCase(java.util.Locale.ROOT);
        return lw.endsWith("instituts") || lw.endsWith("zentrums") || lw.endsWith("ministeriums") || lw.endsWith("klinikums");
    }

    static EntityType head(String w) {
        EntityType t = HEADS.get(w);
        if (t != null) {
            return t;
        }
        if (w.length() > 9 && Character.isUpperCase(w.charAt(0))) {
            String lw = w.toLowerCase(java.util.Locale.ROOT);
            for (String s : COMPOUND_HEADS) {
                if (lw.endsWith(s) && lw.length() > s.length() + 2) {
                    return EntityType.ORGANIZATION;
                }
            }
        }
        return null;
    }
}
