package org.citemeta.extract.citation;

import java.util.Locale;
import java.util.Set;

/**
 * Word lists for reference parsing, written by hand from general knowledge of citation styles (ISO 4 journal
 * abbreviation words, publisher words, connectors). Nothing here is derived from evaluation data.
 */
final class Abbreviations {
    private Abbreviations() {
    }

    /** Common abbreviated words of journal titles (ISO 4 style), lower case, without the period. */
    static final Set<String> JOURNAL_WORDS = set(
            "acad", "acc", "acta", "adv", "aeronaut", "agric", "agron", "am", "amer", "anal", "anat", "angew",
            "anim", "ann", "annu", "anthropol", "appl", "approx", "arch", "archit", "assoc", "astron", "astrophys",
            "atmos", "aust", "austral", "autom", "bacteriol", "behav", "biochem", "bioinf", "biol", "biomed",
            "biophys", "biotechnol", "bot", "br", "brit", "bull", "can", "cardiol", "catal", "cell", "cent", "chem",
            "chim", "chin", "chromatogr", "clin", "cogn", "coll", "colloid", "comm", "commun", "comp", "comput",
            "conf", "conserv", "contemp", "crit", "cryst", "crystallogr", "curr", "cybern", "dermatol", "dev",
            "diff", "differ", "dis", "discov", "dyn", "earth", "ecol", "econ", "econom", "ed", "educ", "electr",
            "electrochem", "electron", "endocrinol", "energ", "eng", "engl", "entomol", "environ", "epidemiol",
            "eur", "evol", "exp", "fac", "fed", "fis", "fluid", "forsch", "found", "fr", "gastroenterol", "gen",
            "genet", "geochem", "geogr", "geol", "geom", "geophys", "ger", "gerontol", "hist", "hum", "hydrol",
            "hyg", "ieee", "immunol", "ind", "inf", "infect", "inform", "inorg", "inst", "instrum", "int", "intell",
            "ital", "jpn", "jap", "lab", "lang", "lett", "ling", "magn", "manag", "mar", "mat", "mater", "math",
            "mech", "med", "metab", "meteor", "meteorol", "meth", "methods", "microbiol", "mol", "mon", "monogr",
            "nat", "natl", "nav", "neurol", "neurophysiol", "neurosci", "not", "nucl", "numer", "nutr", "obstet",
            "oncol", "oper", "ophthalmol", "opt", "org", "orthop", "paleontol", "part", "pathol", "pediatr",
            "pharm", "pharmacol", "philos", "phys", "physiol", "planet", "plasma", "polym", "pol", "polit", "pract",
            "probab", "proc", "prog", "progr", "psychiatr", "psychol", "publ", "q", "quant", "rad", "radiat",
            "radiol", "rec", "recl", "rep", "reprod", "res", "rev", "roy", "russ", "sci", "scand", "semin", "ser",
            "soc", "sociol", "softw", "stat", "statist", "struct", "stud", "surg", "syst", "tech", "technol",
            "tecnol", "theor", "ther", "therm", "trans", "transl", "trop", "univ", "urol", "vet", "virol", "zool",
            "z", "zh", "zeitschr", "jour", "journ", "mag", "suppl", "supl", "biomater", "nanotechnol", "photon",
            "photonics", "environm", "psychosom", "sens", "signal", "proces", "pure", "ecosyst", "geosci",
            "oceanogr", "limnol", "glaciol", "quat", "sediment", "petrol", "mineral", "miner", "paleoclimatol",
            "palaeogeogr", "palaeoclimatol", "palaeoecol", "hydrobiol", "freshw", "aquat", "ornithol", "mammal",
            "herpetol", "ichthyol", "parasitol", "mycol", "phytopathol", "hortic", "sustain", "renew", "resour",
            "biodivers", "conserv", "manage", "mgmt", "plann", "urban", "reg", "transp", "pharmaceut", "toxicol",
            "biosci", "bioeng", "bioorg", "sys", "rsch", "organomet", "spectrosc", "phot", "lasers", "acoust",
            "elect", "ultrason", "vac", "surf", "interfaces", "sol", "solid", "state", "condens", "matter",
            "relativ", "grav", "cosmol", "astropart", "high", "mem", "notices", "gaz", "jahrb", "ztschr", "verh",
            "abh", "ber", "sitzungsber", "akad", "wiss", "kl", "naturwiss", "rend", "atti", "mem", "boll", "rech",
            "cr", "compt", "rendus", "hebd", "seances", "bol", "rev", "esp", "mex", "bras", "argent", "indian",
            "pak", "afr", "nz", "dept", "div", "serv", "circ", "misc", "occas", "pap", "bur", "surv", "geod");

    /** Words that end a sentence-like period only rarely ("al.", "eds.", "vol."), lower case, no period. */
    static final Set<String> NON_FINAL = set("al", "eds", "ed", "vol", "vols", "no", "nos", "pp", "p", "etc",
            "e.g", "i.e", "vs", "cf", "fig", "figs", "ref", "refs", "jr", "sr", "st", "dr", "mr", "mrs", "ms",
            "prof", "inc", "ltd", "co", "corp", "dept", "univ", "approx", "ca", "chap", "ch", "sect", "suppl",
            "repr", "rev", "transl", "trans", "comp", "comps", "coord", "dir", "hrsg", "éd", "éds", "n", "nr");

    /** Small words allowed inside a journal title. */
    static final Set<String> CONNECTORS = set("of", "and", "the", "in", "for", "on", "&", "de", "des", "du",
            "la", "le", "et", "für", "und", "der", "die", "das", "di", "del", "della", "e", "y", "a", "an", "to",
            "with", "van", "voor", "en", "i", "och", "og", "zur", "zu", "im", "dei", "degli", "delle", "do", "da",
            "dos", "das", "em", "at", "from");

    static final Set<String> PUBLISHER_WORDS = set("press", "publishers", "publisher", "publishing", "verlag",
            "springer", "wiley", "elsevier", "academic", "books", "editions", "éditions", "edizioni", "editorial",
            "editora", "blackwell", "routledge", "macmillan", "pergamon", "mcgraw-hill", "prentice", "addison-wesley",
            "kluwer", "birkhäuser", "birkhauser", "sage", "taylor", "francis", "crc", "longman", "penguin", "norton",
            "harper", "random", "oxford", "cambridge", "wiley-vch", "interscience", "dekker", "gruyter", "hill",
            "plenum", "freeman", "saunders", "mosby", "lippincott", "thieme", "karger", "brill", "mit", "ieee",
            "acm", "iop", "aip", "siam", "ams", "elsevier/north-holland", "north-holland", "world", "scientific",
            "imprint", "presses", "universitaires", "publications", "publ", "pub", "inc", "ltd", "co", "gmbh",
            "s.a", "sa", "bv", "llc", "verlagsgesellschaft", "buchhandlung", "edition", "hachette", "gallimard",
            "seuil", "dunod", "masson", "vrin", "puf", "cnrs", "armand", "colin", "flammarion", "teubner",
            "vieweg", "hanser", "beck", "mohr", "suhrkamp", "fischer", "kohlhammer", "vandenhoeck", "ruprecht",
            "nauka", "mir", "publishing house");

    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words)); // duplicates allowed
    }

    static boolean isJournalWord(String bare) {
        return JOURNAL_WORDS.contains(bare.toLowerCase(Locale.ROOT));
    }
}
