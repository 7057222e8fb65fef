package org.citemeta.extract.citation;

import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Random bibliographic metadata for training the reference labeller: names by culture (initials, particles,
 * hyphens, CJK), titles from word pools, journals full and abbreviated, numbers, identifiers, publishers,
 * editors, editions; journal articles, books, chapters, proceedings, theses, reports, preprints, web pages.
 * All pools are hand-written here (nothing from the evaluation corpora). Test scope: only used by the trainer.
 */
final class SyntheticMetadata {
    private final Random rnd;
    /**
     * Draws of the switchable variants below, apart from {@link #rnd} so that the rest of the data stays as it was
     * (with every variant off, the data is the same as without this generator).
     */
    private final Random extra;
    private int next;

    SyntheticMetadata(long seed) {
        this.rnd = new Random(seed);
        this.extra = new Random(seed * 0x5DEECE66DL + 11);
    }

    /**
     * Share of journal articles whose page is an article number as physics and astronomy journals print them
     * ({@code -Dtrain.articleNumbers}, default 0): "A1" (A&amp;A), "L12" (ApJ Letters), "042008" (Phys. Rev.),
     * "S08003" / "P01001" (JINST), "R1" (reviews); see {@link #articleNumber}.
     */
    static final double ARTICLE_NUMBERS = Double.parseDouble(System.getProperty("train.articleNumbers", "0"));
    /**
     * Share of full journal names and proceedings names written in sentence or lower case as reference managers
     * export them ({@code -Dtrain.lowerJournals}, default 0): "Frontiers in computational neuroscience".
     */
    static final double LOWER_JOURNALS = Double.parseDouble(System.getProperty("train.lowerJournals", "0"));
    /**
     * Share of titles that end with an acronym, a symbol, a version or a label in parentheses ({@code
     * -Dtrain.titleEnds}, default 0): "... using XQT", "... candidate WTe2", "..., version 1.2", "... (XK-26)", "...
     * (type 1)", "... (4S)", the words the model cuts off before an abbreviated journal.
     */
    static final double TITLE_ENDS = Double.parseDouble(System.getProperty("train.titleEnds", "0"));

    // ------------------------------------------------------------------ pools

    static final String[] FAMILY_EN = words("Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore "
            + "Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Green Baker Adams "
            + "Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart Morris Murphy "
            + "Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett "
            + "Gray James Hughes Price Sanders Myers Long Ross Foster Powell Jenkins Perry Russell Sullivan Fisher Henderson "
            + "Hamilton Graham Wallace Woods Cole West Jordan Owens Reynolds Ellis Harrison Gibson McDonald MacLeod O'Brien "
            + "O'Connor FitzGerald Ashby Whitfield Hawking Penrose Feynman Dirac Maxwell Darwin Huxley Crick Sanger Hodgkin "
            + "Thornton Blackwell Pritchard Llewellyn Cartwright Hargreaves Kingsley Ramsey Weinberg Glashow Wilczek");
    static final String[] FAMILY_DE = words("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer "
            + "Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt "
            + "Werner Krause Meier Lehmann Köhler Huber Kaiser Fuchs Peters Scholz Möller Weiß Jung Hahn Vogel Friedrich "
            + "Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter "
            + "Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf "
            + "Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer");
    static final String[] FAMILY_FR = words("Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent "
            + "Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert "
            + "Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel Nicolas Perrin Morin "
            + "Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier Robin Masson Sanchez Gérard Nguyen Boyer Denis Lemaire "
            + "Duval Joly Gautier Roger Roche Roy Noël Meyer Lucas Meunier Jean Pérez Marchand Dufour Blanchard Marie Barbier");
    static final String[] FAMILY_ES = words("García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín "
            + "Jiménez Ruiz Hernández Díaz Moreno Álvarez Muñoz Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez "
            + "Ramos Gil Ramírez Serrano Blanco Suárez Molina Morales Ortega Delgado Castro Ortiz Rubio Marín Sanz Iglesias "
            + "Nuñez Medina Garrido Santos Castillo Cortés Lozano Guerrero Cano Prieto Méndez Calvo Cruz Gallego Vidal León "
            + "Silva Souza Oliveira Costa Pereira Carvalho Almeida Ferreira Ribeiro Rodrigues Lima Gomes Barbosa Rossi Russo "
            + "Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Costa Giordano Mancini Rizzo Lombardi");
    static final String[] FAMILY_NL_PARTICLE = words("Berg Dijk Leeuwen Vries Heuvel Broek Wal Linden Meer Velde Bosch Graaf "
            + "Hoek Beek Laan Veen Bergh Boer Hove Ruiter");
    static final String[] FAMILY_CN = words("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo "
            + "Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lü "
            + "Ding Ren Lu Yao Shen Zhong Jiang Cui Tan Fan Jin Shi Hao Kong Bai Qiu Qin");
    static final String[] GIVEN_CN = words("Wei Jing Li Min Jun Yan Hui Ying Hong Lei Xin Yu Tao Jie Fang Ping Hao Chao Bo Qiang "
            + "Xiaoming Xiaoyan Jianhua Zhiwei Yongjun Haitao Xiaodong Guoqiang Lihua Jianguo Yiming Zhihong Shuang Yuxin Zihan "
            + "Hao-Ran Jia-Hui Wen-Jie Chun-Li");
    static final String[] FAMILY_JP = words("Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida "
            + "Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Ishikawa Ogawa "
            + "Fujita Okada Goto Hasegawa Murakami Kondo Ishii Saito Sakamoto Endo Aoki Fujii Nishimura Fukuda Ota Miura Okamoto");
    static final String[] GIVEN_JP = words("Hiroshi Takashi Kenji Yuki Akira Satoshi Makoto Naoki Kazuo Yoshiko Keiko Tomoko "
            + "Haruki Shinji Masato Daisuke Kenta Yusuke Ayumi Megumi Kazuhiro Toshiyuki Ryo Sho Takeshi");
    static final String[] FAMILY_KR = words("Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song "
            + "Yoo Hong Jeon Ko Moon Yang Son Bae Baek Heo Nam");
    static final String[] GIVEN_KR = words("Min-Jun Seo-Yeon Ji-Hoon Hyun-Woo Soo-Jin Jae-Won Young-Ho Eun-Ji Dong-Hyun Sung-Min "
            + "Jihoon Minseok Yuna Hyejin Sangwoo Junho");
    static final String[] FAMILY_IN = words("Sharma Patel Singh Kumar Gupta Reddy Rao Iyer Nair Das Banerjee Chatterjee Mukherjee "
            + "Ghosh Bose Desai Joshi Mehta Shah Verma Mishra Pandey Agarwal Srinivasan Krishnan Subramanian Venkatesh Pillai "
            + "Menon Chaudhary Bhattacharya Khan Ahmed Hussain Rahman Ali Hassan Ibrahim Mahmoud Haddad Nasser Farouk Aziz");
    static final String[] GIVEN_IN = words("Rahul Amit Priya Anil Sunil Ravi Vijay Sanjay Deepak Arjun Lakshmi Sita Anand Kiran "
            + "Rajesh Suresh Ramesh Meera Nikhil Arun Mohammed Omar Fatima Yusuf Karim Layla Tariq Samir");
    static final String[] FAMILY_RU = words("Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov "
            + "Morozov Volkov Alekseev Lebedev Semenov Egorov Pavlov Kozlov Stepanov Nikolaev Orlov Andreev Makarov Zaitsev "
            + "Kowalski Nowak Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Dvořák Novák Horváth "
            + "Nagy Tóth Kovács Szabó Popescu Ionescu Georgiev Dimitrov Papadopoulos Nikolaidis Yilmaz Kaya Demir Şahin "
            + "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsen Hansen Nielsen Jensen Pedersen Virtanen Korhonen");
    static final String[] GIVEN_RU = words("Sergei Alexei Dmitri Ivan Mikhail Nikolai Andrei Vladimir Olga Natalia Elena Irina "
            + "Tatiana Pavel Yuri Piotr Tomasz Katarzyna Jan Petr László Zoltán Ioana Georgios Mehmet Ayşe Lars Erik Ingrid "
            + "Sven Anna Mikko");
    static final String[] GIVEN_DE = words("Hans Peter Klaus Jürgen Wolfgang Michael Thomas Andreas Stefan Uwe Frank Dieter Horst "
            + "Günter Manfred Werner Matthias Markus Sabine Ursula Petra Monika Claudia Birgit Katrin Anja Jörg Ralf Bernd "
            + "Karl-Heinz Hans-Peter Ulrich Christoph Tobias Florian Lukas Maximilian Friederike");
    static final String[] GIVEN_FR = words("Jean Pierre Michel Philippe Alain Nicolas Christophe Patrick Laurent Stéphane "
            + "Sébastien François Éric Olivier Julien Marie Nathalie Isabelle Sylvie Catherine Françoise Sophie Céline "
            + "Jean-Pierre Jean-Luc Marie-Claire Anne-Sophie Jean-François Hélène Benoît Gaëlle");
    static final String[] GIVEN_ES = words("José Juan Carlos Luis Javier Miguel Antonio Manuel Francisco Pedro María Carmen Ana "
            + "Laura Isabel Lucía Marta Elena Pilar Alejandro Diego Pablo Sergio Fernando João Paulo Rafael Beatriz Giovanni "
            + "Marco Luca Francesca Giulia Alessandro Matteo Chiara");
    static final String[] PARTICLES = words("van van_der van_den de de_la von von_der di da del dos du le");
    static final String[] SUFFIXES = words("Jr. Sr. II III");
    static final String[] ORGS = {"ATLAS Collaboration", "CMS Collaboration", "LIGO Scientific Collaboration",
            "Planck Collaboration", "IceCube Collaboration", "World Health Organization", "The Gene Ontology Consortium",
            "ALICE Collaboration", "LHCb Collaboration", "Fermi-LAT Collaboration", "National Research Council",
            "European Commission", "OECD", "UNESCO", "IPCC", "Intergovernmental Panel on Climate Change",
            "American Psychiatric Association", "The ENCODE Project Consortium", "Belle Collaboration", "DES Collaboration"};

    static final String[] NOUNS = words("analysis model system structure dynamics evolution effect effects role mechanism "
            + "mechanisms method methods approach framework theory measurement measurements observation observations study "
            + "evidence properties distribution function response regulation expression activity formation growth synthesis "
            + "characterization detection estimation prediction classification design control optimization simulation "
            + "simulations network networks algorithm algorithms data learning inference representation transition "
            + "transport diffusion scattering spectroscopy spectrum spectra emission absorption decay production "
            + "interaction interactions stability instability turbulence convection magnetization superconductivity "
            + "entanglement coherence symmetry field fields particles galaxies stars clusters cluster halo halos planets "
            + "atmosphere climate precipitation rainfall drought soil sediment erosion carbon nitrogen oxygen water ice "
            + "protein proteins gene genes genome genomes cells cell tissue receptor receptors pathway pathways enzyme "
            + "inhibitor inhibitors mutations mutation disease cancer tumor tumors patients infection virus bacteria "
            + "population populations species diversity communities ecosystem habitat behavior behaviour memory cognition "
            + "language speech attention perception decision policy markets market prices firms labor wages trade growth "
            + "inequality education health care outcomes risk risks mortality treatment therapy trial trials surgery "
            + "history society culture identity religion politics democracy law rights state power war empire city cities "
            + "literature poetry novel art music philosophy ethics knowledge science technology innovation information "
            + "graphs graph matrices operators equations solutions bounds complexity codes logic semantics programs software "
            + "systems architecture security privacy robots vision images segmentation recognition translation text "
            + "materials alloys polymers nanoparticles films surfaces interfaces catalysts catalysis batteries electrodes "
            + "crystals defects phonons electrons photons neutrinos quarks bosons mesons nuclei isotopes plasma lasers");
    static final String[] ADJS = words("new novel quantum nonlinear linear stochastic robust efficient rapid large small "
            + "global local regional molecular cellular genetic genomic clinical social economic political cultural "
            + "historical theoretical experimental empirical numerical computational statistical spatial temporal "
            + "dynamic thermal magnetic electronic optical chemical biological physical structural functional "
            + "comparative systematic randomized controlled longitudinal early late modern ancient medieval urban rural "
            + "marine coastal tropical arctic solar stellar galactic cosmic dark high-energy low-temperature ultrafast "
            + "two-dimensional three-dimensional topological relativistic hierarchical distributed parallel adaptive "
            + "deep neural probabilistic bayesian convex sparse multi-scale first-principles in-situ human mouse plant "
            + "microbial viral chronic acute severe primary secondary sustainable renewable");
    static final String[] PLACES_T = words("China Europe Africa India Brazil Japan Germany France Britain England Scotland "
            + "Canada Australia Mexico Chile Peru Kenya Nigeria Egypt Iran Turkey Russia Siberia Alaska California Texas "
            + "Amazonia Antarctica Greenland the_Arctic the_Andes the_Alps the_Himalayas the_Mediterranean the_Pacific "
            + "the_Atlantic the_Sahel Tibet Korea Vietnam Indonesia Italy Spain Sweden Norway Poland");
    static final String[] FIELDS = words("Physics Chemistry Biology Medicine Neuroscience Psychology Economics Sociology "
            + "Geology Geophysics Astronomy Astrophysics Mathematics Statistics Ecology Genetics Immunology Oncology "
            + "Cardiology Engineering Materials_Science Computer_Science Linguistics History Philosophy Education "
            + "Management Finance Political_Science Anthropology Archaeology Botany Zoology Microbiology Virology "
            + "Biochemistry Biophysics Optics Acoustics Hydrology Oceanography Climatology Epidemiology Pharmacology "
            + "Toxicology Nutrition Surgery Radiology Dermatology Pediatrics Psychiatry Robotics Photonics Catalysis "
            + "Energy Environmental_Science Fluid_Mechanics Nuclear_Physics Particle_Physics Plasma_Physics Crystallography");
    static final String[][] JOURNALS = {
            {"Nature", "Nature"}, {"Science", "Science"}, {"Cell", "Cell"}, {"Physical Review Letters", "Phys. Rev. Lett."},
            {"Physical Review B", "Phys. Rev. B"}, {"Physical Review D", "Phys. Rev. D"}, {"Physical Review A", "Phys. Rev. A"},
            {"Physical Review E", "Phys. Rev. E"}, {"Physical Review C", "Phys. Rev. C"},
            {"Proceedings of the National Academy of Sciences of the United States of America", "Proc. Natl. Acad. Sci. USA"},
            {"Journal of the American Chemical Society", "J. Am. Chem. Soc."}, {"The Astrophysical Journal", "Astrophys. J."},
            {"Monthly Notices of the Royal Astronomical Society", "Mon. Not. R. Astron. Soc."},
            {"Astronomy and Astrophysics", "Astron. Astrophys."}, {"Nuclear Physics B", "Nucl. Phys. B"},
            {"Physics Letters B", "Phys. Lett. B"}, {"Journal of High Energy Physics", "J. High Energy Phys."},
            {"Applied Physics Letters", "Appl. Phys. Lett."}, {"Journal of Applied Physics", "J. Appl. Phys."},
            {"Angewandte Chemie International Edition", "Angew. Chem. Int. Ed."}, {"Nature Communications", "Nat. Commun."},
            {"Nature Physics", "Nat. Phys."}, {"Nature Materials", "Nat. Mater."}, {"Scientific Reports", "Sci. Rep."},
            {"PLoS ONE", "PLoS ONE"}, {"The Lancet", "Lancet"}, {"New England Journal of Medicine", "N. Engl. J. Med."},
            {"Journal of Biological Chemistry", "J. Biol. Chem."}, {"Nucleic Acids Research", "Nucleic Acids Res."},
            {"Bioinformatics", "Bioinformatics"}, {"Journal of Molecular Biology", "J. Mol. Biol."},
            {"Reviews of Modern Physics", "Rev. Mod. Phys."}, {"Geophysical Research Letters", "Geophys. Res. Lett."},
            {"Journal of Geophysical Research", "J. Geophys. Res."}, {"Journal of Climate", "J. Clim."},
            {"American Economic Review", "Am. Econ. Rev."}, {"Quarterly Journal of Economics", "Q. J. Econ."},
            {"Econometrica", "Econometrica"}, {"Journal of Finance", "J. Finance"}, {"Psychological Review", "Psychol. Rev."},
            {"Journal of Personality and Social Psychology", "J. Pers. Soc. Psychol."}, {"Child Development", "Child Dev."},
            {"American Sociological Review", "Am. Sociol. Rev."}, {"American Journal of Sociology", "Am. J. Sociol."},
            {"IEEE Transactions on Pattern Analysis and Machine Intelligence", "IEEE Trans. Pattern Anal. Mach. Intell."},
            {"IEEE Transactions on Information Theory", "IEEE Trans. Inf. Theory"}, {"Communications of the ACM", "Commun. ACM"},
            {"Journal of the ACM", "J. ACM"}, {"Machine Learning", "Mach. Learn."}, {"Artificial Intelligence", "Artif. Intell."},
            {"Neural Computation", "Neural Comput."}, {"Journal of Machine Learning Research", "J. Mach. Learn. Res."},
            {"Annals of Mathematics", "Ann. Math."}, {"Inventiones Mathematicae", "Invent. Math."},
            {"Journal of Fluid Mechanics", "J. Fluid Mech."}, {"Chemical Reviews", "Chem. Rev."},
            {"Journal of Chemical Physics", "J. Chem. Phys."}, {"Journal of Physical Chemistry B", "J. Phys. Chem. B"},
            {"Biochemistry", "Biochemistry"}, {"Blood", "Blood"}, {"Journal of Immunology", "J. Immunol."},
            {"Journal of Neuroscience", "J. Neurosci."}, {"Neuron", "Neuron"}, {"Brain", "Brain"},
            {"British Medical Journal", "BMJ"}, {"JAMA", "JAMA"}, {"Journal of Clinical Investigation", "J. Clin. Invest."},
            {"Ecology", "Ecology"}, {"Ecology Letters", "Ecol. Lett."}, {"Molecular Ecology", "Mol. Ecol."},
            {"Evolution", "Evolution"}, {"American Naturalist", "Am. Nat."}, {"Journal of Applied Ecology", "J. Appl. Ecol."},
            {"Earth and Planetary Science Letters", "Earth Planet. Sci. Lett."}, {"Geology", "Geology"},
            {"Zeitschrift für Physik", "Z. Phys."}, {"Annalen der Physik", "Ann. Phys."},
            {"Comptes Rendus de l'Académie des Sciences", "C. R. Acad. Sci."}, {"Il Nuovo Cimento", "Nuovo Cimento"},
            {"Journal of Physics A: Mathematical and General", "J. Phys. A: Math. Gen."},
            {"Classical and Quantum Gravity", "Class. Quantum Grav."}, {"Journal of Cosmology and Astroparticle Physics", "JCAP"},
            {"Solar Physics", "Sol. Phys."}, {"Icarus", "Icarus"}, {"Optics Express", "Opt. Express"}, {"Optics Letters", "Opt. Lett."},
            {"Advanced Materials", "Adv. Mater."}, {"Nano Letters", "Nano Lett."}, {"ACS Nano", "ACS Nano"},
            {"Speculum", "Speculum"}, {"Past & Present", "Past Present"}, {"The Journal of Modern History", "J. Mod. Hist."},
            {"American Historical Review", "Am. Hist. Rev."}, {"Mind", "Mind"}, {"Philosophical Review", "Philos. Rev."},
            {"Language", "Language"}, {"Linguistic Inquiry", "Linguist. Inq."}, {"PMLA", "PMLA"},
            {"Journal of the Royal Society Interface", "J. R. Soc. Interface"}, {"eLife", "eLife"},
            {"Genome Research", "Genome Res."}, {"Genes & Development", "Genes Dev."}, {"Development", "Development"},
            {"Plant Cell", "Plant Cell"}, {"Water Resources Research", "Water Resour. Res."},
            {"Tectonophysics", "Tectonophysics"}, {"Limnology and Oceanography", "Limnol. Oceanogr."}};
    static final String[][] WORD_ABBREV = {{"Journal", "J."}, {"International", "Int."}, {"Research", "Res."},
            {"Physics", "Phys."}, {"Physical", "Phys."}, {"Chemistry", "Chem."}, {"Chemical", "Chem."}, {"Review", "Rev."},
            {"Reviews", "Rev."}, {"Letters", "Lett."}, {"American", "Am."}, {"Society", "Soc."}, {"Proceedings", "Proc."},
            {"Science", "Sci."}, {"Sciences", "Sci."}, {"Biology", "Biol."}, {"Biological", "Biol."}, {"Medicine", "Med."},
            {"Medical", "Med."}, {"Applied", "Appl."}, {"Materials", "Mater."}, {"Computer", "Comput."},
            {"Computational", "Comput."}, {"Engineering", "Eng."}, {"Environmental", "Environ."}, {"European", "Eur."},
            {"Molecular", "Mol."}, {"Clinical", "Clin."}, {"Annals", "Ann."}, {"Advances", "Adv."},
            {"Transactions", "Trans."}, {"Communications", "Commun."}, {"Theoretical", "Theor."},
            {"Mathematics", "Math."}, {"Mathematical", "Math."}, {"Statistics", "Stat."}, {"Statistical", "Stat."},
            {"Biochemistry", "Biochem."}, {"Geophysical", "Geophys."}, {"Astronomy", "Astron."}, {"Astrophysics", "Astrophys."},
            {"National", "Natl."}, {"Academy", "Acad."}, {"Nuclear", "Nucl."}, {"Quarterly", "Q."}, {"Economics", "Econ."},
            {"Economic", "Econ."}, {"Psychology", "Psychol."}, {"Neuroscience", "Neurosci."}, {"Ecology", "Ecol."},
            {"Genetics", "Genet."}, {"Optics", "Opt."}, {"Systems", "Syst."}, {"Technology", "Technol."},
            {"Education", "Educ."}, {"Management", "Manag."}, {"Sociology", "Sociol."}, {"History", "Hist."},
            {"Philosophy", "Philos."}, {"Political", "Polit."}, {"Studies", "Stud."}, {"Bulletin", "Bull."},
            {"Archives", "Arch."}, {"Current", "Curr."}, {"Experimental", "Exp."}, {"Royal", "R."}, {"Institute", "Inst."},
            {"Association", "Assoc."}, {"Geology", "Geol."}, {"Atmospheric", "Atmos."}, {"Oceanography", "Oceanogr."},
            {"Immunology", "Immunol."}, {"Oncology", "Oncol."}, {"Microbiology", "Microbiol."}, {"Pharmacology", "Pharmacol."},
            {"Surgery", "Surg."}, {"Cardiology", "Cardiol."}, {"Letters", "Lett."}, {"Methods", "Methods"},
            {"Materials_Science", "Mater. Sci."}, {"Computer_Science", "Comput. Sci."}, {"Annual", "Annu."},
            {"Advanced", "Adv."}, {"Fluid_Mechanics", "Fluid Mech."}, {"Particle_Physics", "Part. Phys."},
            {"Nuclear_Physics", "Nucl. Phys."}, {"Plasma_Physics", "Plasma Phys."}, {"Epidemiology", "Epidemiol."}};
    static final String[] PUBLISHERS = {"Springer", "Springer-Verlag", "Elsevier", "Wiley", "John Wiley & Sons",
            "Cambridge University Press", "Oxford University Press", "MIT Press", "Princeton University Press",
            "University of Chicago Press", "Harvard University Press", "Yale University Press", "Academic Press",
            "Routledge", "CRC Press", "Taylor & Francis", "World Scientific", "Birkhäuser", "de Gruyter", "Pergamon Press",
            "North-Holland", "Addison-Wesley", "Prentice Hall", "McGraw-Hill", "Basic Books", "Penguin", "Macmillan",
            "Palgrave Macmillan", "SAGE Publications", "Columbia University Press", "Stanford University Press",
            "University of California Press", "Cornell University Press", "Blackwell", "Wiley-VCH", "Dover",
            "IEEE", "ACM", "AIP Publishing", "American Physical Society", "Royal Society of Chemistry", "IOP Publishing",
            "Gallimard", "Éditions du Seuil", "Suhrkamp", "Kluwer Academic Publishers", "Brill", "Edward Elgar",
            "National Academies Press", "Cold Spring Harbor Laboratory Press", "Sinauer", "W. H. Freeman", "Norton"};
    static final String[] PUB_PLACES = {"New York", "London", "Berlin", "Oxford", "Cambridge", "Cambridge, MA",
            "Chicago", "Princeton", "New Haven", "Amsterdam", "Heidelberg", "Berlin, Heidelberg", "Boston", "Paris",
            "Frankfurt am Main", "Singapore", "Boca Raton", "Hoboken, NJ", "Thousand Oaks, CA", "Washington, DC",
            "San Diego", "Dordrecht", "Basel", "Leiden", "Tokyo", "Beijing", "Moscow", "Stanford", "Berkeley",
            "Ithaca, NY", "Upper Saddle River, NJ", "Reading, MA", "Cold Spring Harbor, NY", "Weinheim", "Milan",
            "Madrid", "Cham", "Sunderland, MA", "Baltimore", "Toronto", "Sydney", "Piscataway, NJ"};
    static final String[] UNIVERSITIES = {"University of Oxford", "University of Cambridge", "Stanford University",
            "Massachusetts Institute of Technology", "Harvard University", "ETH Zürich", "University of Tokyo",
            "Tsinghua University", "Peking University", "University of California, Berkeley", "Princeton University",
            "Universität Heidelberg", "Université Paris-Saclay", "University of Toronto", "McGill University",
            "Technische Universität München", "University of Michigan", "Columbia University", "Yale University",
            "University of Edinburgh", "Imperial College London", "Seoul National University", "Indian Institute of Science",
            "Universidad de Buenos Aires", "University of São Paulo", "Australian National University"};
    static final String[] INSTITUTIONS = {"National Bureau of Economic Research", "CERN", "NASA", "Los Alamos National Laboratory",
            "RAND Corporation", "World Bank", "International Monetary Fund", "US Geological Survey", "Max Planck Institute",
            "Brookings Institution", "Argonne National Laboratory", "European Space Agency", "Fermilab", "DESY",
            "National Institute of Standards and Technology", "Lawrence Berkeley National Laboratory"};
    static final String[] CONF_TOPICS = words("Machine_Learning Computer_Vision Pattern_Recognition Artificial_Intelligence "
            + "Software_Engineering Data_Engineering Robotics_and_Automation Acoustics,_Speech_and_Signal_Processing "
            + "Knowledge_Discovery_and_Data_Mining Neural_Information_Processing_Systems Very_Large_Data_Bases "
            + "Computational_Linguistics Theory_of_Computing Human_Factors_in_Computing_Systems High_Energy_Physics "
            + "Cosmic_Ray_Physics Plasma_Science Information_Theory Communications Distributed_Computing_Systems "
            + "Digital_Libraries Web_Search_and_Data_Mining Learning_Representations Intelligent_Robots_and_Systems");

    static String[] words(String s) {
        String[] w = s.trim().split("\\s+");
        for (int i = 0; i < w.length; i++) {
            w[i] = w[i].replace('_', ' ');
        }
        return w;
    }

    String pick(String[] a) {
        return a[rnd.nextInt(a.length)];
    }

    boolean p(double prob) {
        return rnd.nextDouble() < prob;
    }

    Random random() {
        return rnd;
    }

    // ------------------------------------------------------------------ names

    CSLName person() {
        int c = rnd.nextInt(100);
        String family;
        String given;
        CSLNameBuilder b = new CSLNameBuilder();
        if (c < 30) {
            family = pick(FAMILY_EN);
            given = pick(AuthorScannerGiven.EN);
        } else if (c < 40) {
            family = pick(FAMILY_DE);
            given = pick(GIVEN_DE);
        } else if (c < 47) {
            family = pick(FAMILY_FR);
            given = pick(GIVEN_FR);
        } else if (c < 56) {
            family = pick(FAMILY_ES);
            given = pick(GIVEN_ES);
        } else if (c < 70) {
            family = pick(FAMILY_CN);
            given = pick(GIVEN_CN);
        } else if (c < 75) {
            family = pick(FAMILY_JP);
            given = pick(GIVEN_JP);
        } else if (c < 80) {
            family = pick(FAMILY_KR);
            given = pick(GIVEN_KR);
        } else if (c < 87) {
            family = pick(FAMILY_IN);
            given = pick(GIVEN_IN);
        } else if (c < 94) {
            family = pick(FAMILY_RU);
            given = pick(GIVEN_RU);
        } else {
            family = pick(FAMILY_NL_PARTICLE);
            given = pick(AuthorScannerGiven.EN);
            String particle = pick(PARTICLES);
            if (p(0.5)) {
                b.nonDroppingParticle(particle);
            } else {
                b.droppingParticle(particle);
            }
        }
        if (p(0.06)) {
            family = family + "-" + pick(p(0.5) ? FAMILY_EN : FAMILY_ES);
        }
        if (p(0.35)) {
            // a middle name or initial
            given = given + " " + (p(0.6) ? (char) ('A' + rnd.nextInt(26)) + "." : pick(AuthorScannerGiven.EN));
        }
        if (p(0.03)) {
            b.suffix(pick(SUFFIXES));
        }
        return b.given(given).family(family).build();
    }

    CSLName[] people(int max) {
        int n = 1 + (p(0.3) ? 0 : rnd.nextInt(Math.max(1, max)));
        if (p(0.05)) {
            n = 10 + rnd.nextInt(20);
        }
        CSLName[] out = new CSLName[n];
        for (int i = 0; i < n; i++) {
            out[i] = person();
        }
        if (p(0.02)) {
            out[0] = new CSLNameBuilder().literal(pick(ORGS)).build();
        }
        return out;
    }

    // ------------------------------------------------------------------ text

    static final String[] VERBS = words("Towards Understanding Measuring Modeling Modelling Learning Revisiting Exploring "
            + "Using Improving Estimating Predicting Detecting Characterizing Quantifying Rethinking Mapping Tracing "
            + "Reconstructing Designing Evaluating Comparing Assessing Controlling Imaging Probing Simulating");
    static final String[] PREPS = words("of of of in in for on with from under during between across beyond without via at to");
    static final String[] DETS = words("the the a an its their this");
    static final String[] ACRONYMS = words("BERT GLUE SIMBAD LAMMPS CRISPR ROSE ATLAS OpenMP MPI SPARQL XML "
            + "GROBID LISP SQL GPU DNA RNA-seq ChIP-seq fMRI EEG PET MRI LHC LIGO JWST HST SDSS 2MASS");
    static final String[] HUMANITIES = words("Geschichte der Philosophie und Kultur im Zeitalter des Barock "
            + "histoire de la pensée politique en France au siècle des Lumières la société et l'État "
            + "historia de la literatura española del Siglo de Oro storia della lingua italiana nel Medioevo");

    private String np(int depth) {
        StringBuilder b = new StringBuilder();
        if (p(0.3)) {
            b.append(pick(DETS)).append(' ');
        }
        int adjs = p(0.5) ? 0 : 1 + (p(0.2) ? 1 : 0);
        for (int i = 0; i < adjs; i++) {
            b.append(pick(ADJS)).append(' ');
        }
        b.append(pick(NOUNS));
        if (p(0.25)) {
            b.append(' ').append(pick(NOUNS));
        }
        if (depth < 2 && p(0.45)) {
            b.append(' ').append(pick(PREPS)).append(' ').append(np(depth + 1));
        } else if (depth < 2 && p(0.12)) {
            b.append(" and ").append(np(depth + 1));
        } else if (p(0.08)) {
            b.append(" in ").append(pick(PLACES_T));
        }
        return b.toString();
    }

    /** Gene, protein, chemical and device names: "FXR1", "IL-6", "CD4+", "p21", "12-O-acetyl-13-phorbol". */
    String symbol() {
        StringBuilder b = new StringBuilder();
        switch (rnd.nextInt(7)) {
            case 0 -> {
                int n = 2 + rnd.nextInt(3);
                for (int i = 0; i < n; i++) {
                    b.append((char) ('A' + rnd.nextInt(26)));
                }
                b.append(1 + rnd.nextInt(p(0.5) ? 9 : 120));
            }
            case 1 -> b.append(pick(new String[]{"IL", "CD", "TGF", "HLA", "MHC", "COX", "HIF", "BMP", "FGF", "Wnt", "Kv", "Nav"}))
                    .append('-').append(1 + rnd.nextInt(20)).append(p(0.2) ? "+" : "");
            case 2 -> b.append((char) ('a' + rnd.nextInt(26))).append(10 + rnd.nextInt(90));
            case 3 -> b.append(1 + rnd.nextInt(20)).append('-').append((char) ('A' + rnd.nextInt(26))).append('-')
                    .append(pick(new String[]{"acetyl", "methyl", "hydroxy", "amino", "chloro", "fluoro"}))
                    .append(pick(new String[]{"phorbol", "benzene", "pyridine", "indole", "glucose", "purine"}))
                    .append(p(0.5) ? "-" + (1 + rnd.nextInt(20)) + "-" + pick(new String[]{"acetate", "oxide", "amine"}) : "");
            case 4 -> b.append(pick(new String[]{"Fe", "Cu", "Zn", "Ni", "Co", "Mn", "Ti", "Ga", "Sr", "Ba", "La", "Bi"}))
                    .append(p(0.5) ? String.valueOf(2 + rnd.nextInt(3)) : "")
                    .append(pick(new String[]{"O", "O3", "As2", "Se", "N", "Te2", "Si"})).append(p(0.3) ? String.valueOf(2 + rnd.nextInt(6)) : "");
            case 5 -> b.append((char) ('A' + rnd.nextInt(26))).append((char) ('A' + rnd.nextInt(26)))
                    .append(pick(new String[]{"-", "/", ""})).append((char) ('A' + rnd.nextInt(26)))
                    .append((char) ('A' + rnd.nextInt(26))).append(p(0.5) ? (1 + rnd.nextInt(9)) + "" : "");
            default -> b.append(pick(new String[]{"α", "β", "γ", "κ", "δ"})).append('-')
                    .append(pick(new String[]{"synuclein", "catenin", "tubulin", "amyloid", "lactamase", "globin", "terthienyl"}));
        }
        return b.toString();
    }

    static final String[] SPECIES = words("Escherichia_coli Saccharomyces_cerevisiae Arabidopsis_thaliana Drosophila_melanogaster "
            + "Caenorhabditis_elegans Mus_musculus Homo_sapiens Zea_mays Danio_rerio Pinus_sylvestris Quercus_robur "
            + "Bacillus_subtilis Pseudomonas_aeruginosa Staphylococcus_aureus Plasmodium_falciparum Xenopus_laevis "
            + "Oryza_sativa Triticum_aestivum Salmo_salar Apis_mellifera Rattus_norvegicus Streptomyces_coelicolor");
    static final String[] VERBS3 = words("induces regulates controls promotes inhibits mediates enhances reduces determines "
            + "drives affects predicts reveals modulates alters limits shapes improves is_required_for is_associated_with "
            + "contributes_to interacts_with");

    /** A noun phrase with the devices real titles have: lists with commas, acronyms in parentheses, numbers, symbols. */
    private String richNp() {
        switch (rnd.nextInt(11)) {
            case 0, 1 -> {
                // "curcumin, chlorogenic acid, and ferulic acid"
                int n = 2 + rnd.nextInt(3);
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        b.append(i == n - 1 ? (p(0.5) ? ", and " : p(0.5) ? " and " : ", ") : ", ");
                    }
                    b.append(p(0.2) ? symbol() : np(2));
                }
                return b.toString();
            }
            case 2 -> {
                String acr = p(0.6) ? symbol() : String.valueOf((char) ('A' + rnd.nextInt(26))) + (char) ('A' + rnd.nextInt(26))
                        + (char) ('A' + rnd.nextInt(26));
                return np(1) + " (" + acr + ")";
            }
            case 3 -> {
                return np(1) + " in " + pick(SPECIES) + (p(0.3) ? " (" + cap(pick(NOUNS)) + ", " + cap(pick(NOUNS)) + ")" : "");
            }
            case 4 -> {
                String sp = pick(SPECIES);
                return p(0.5) ? sp.charAt(0) + ". " + sp.substring(sp.indexOf(' ') + 1) + " " + pick(NOUNS) : sp + " " + pick(NOUNS);
            }
            case 5 -> {
                return np(1) + pick(new String[]{" in ", " during ", " between ", " from "})
                        + (1900 + rnd.nextInt(120)) + (p(0.5) ? "–" + (1950 + rnd.nextInt(70)) : "");
            }
            case 6 -> {
                return pick(new String[]{"type ", "phase ", "grade ", "stage ", "part ", "class "})
                        + (p(0.5) ? String.valueOf(1 + rnd.nextInt(4)) : pick(new String[]{"I", "II", "III", "IV"})) + " " + np(2);
            }
            case 7 -> {
                return (2 + rnd.nextInt(40)) + pick(new String[]{" years of ", " patients with ", " cases of ", "-year follow-up of ",
                        " m ", " K ", " GeV ", "-dimensional "}) + np(2);
            }
            case 8 -> {
                return np(1) + " " + pick(VERBS3) + " " + np(1);
            }
            case 9 -> {
                return symbol() + " " + pick(NOUNS) + " " + pick(VERBS3) + " " + np(2);
            }
            default -> {
                return np(1) + ", " + (p(0.5) ? pick(PLACES_T) : np(2));
            }
        }
    }

    String title() {
        String t;
        int form = rnd.nextInt(20);
        if (p(0.35)) {
            // the devices of real titles: lists, parentheses, numbers, symbols, species, sentences
            t = richNp();
            int sub = rnd.nextInt(10);
            if (sub < 3) {
                t = t + ": " + (p(0.5) ? np(1) : richNp());
            } else if (sub < 4) {
                t = np(0) + ": " + t;
            } else if (sub < 5) {
                t = t + ". " + cap(pick(new String[]{"a ", "", "the "}) + np(1));
            }
        } else if (form < 8) {
            t = np(0);
        } else if (form < 11) {
            t = np(0) + ": " + np(1);
        } else if (form < 13) {
            t = pick(ACRONYMS) + ": " + np(0);
        } else if (form < 15) {
            t = pick(VERBS) + " " + np(0);
        } else if (form < 16) {
            t = pick(new String[]{"Does", "Can", "Why do", "How do", "Is", "What drives"}) + " " + np(1) + " "
                    + pick(new String[]{"matter", "affect " + np(2), "work", "change", "explain " + np(2)}) + "?";
        } else if (form < 17) {
            t = np(0) + " (" + pick(new String[]{"extended abstract", "in German", "review", "invited talk", "preliminary version"}) + ")";
        } else if (form < 18) {
            StringBuilder b = new StringBuilder();
            int n = 3 + rnd.nextInt(6);
            int k = rnd.nextInt(HUMANITIES.length);
            for (int i = 0; i < n; i++) {
                b.append(i == 0 ? "" : " ").append(HUMANITIES[(k + i) % HUMANITIES.length]);
            }
            t = b.toString();
        } else if (form < 19) {
            t = np(0) + " of the " + pick(new String[]{"B", "Z", "W", "Higgs", "p53", "CO2", "H2O", "SARS-CoV-2", "HIV-1",
                    "DNA", "TiO2", "GaN", "MoS2", "Ca2+", "NF-κB", "α-helix", "β-catenin", "γ-ray", "Kv1.3", "TNF-α"})
                    + " " + pick(NOUNS) + (p(0.3) ? " at √s = " + (2 + rnd.nextInt(12)) + " TeV" : "");
        } else {
            t = np(0) + ", " + (1500 + rnd.nextInt(400)) + "–" + (1900 + rnd.nextInt(120));
        }
        if (TITLE_ENDS > 0 && extra.nextDouble() < TITLE_ENDS) {
            t = t + titleEnd();
        }
        t = cap(t);
        if (p(0.35)) {
            t = titleCase(t);
        }
        if (p(0.03)) {
            t = t.toUpperCase(Locale.ROOT);
        }
        return t;
    }

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String titleCase(String t) {
        StringBuilder b = new StringBuilder();
        for (String w : t.split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w.matches("of|and|the|in|for|on|by|a|an|with|from|at|to|via|during|between|under") && b.length() > 0 && !b.toString().endsWith(": ") ? w : cap(w));
        }
        return b.toString();
    }

    /** A journal: {full, abbreviated ISO 4, abbreviated without periods}. */
    String[] journal() {
        String full;
        String abbr;
        if (p(0.45)) {
            full = journalName();
            abbr = abbreviateAny(full);
        } else if (p(0.5)) {
            String[] j = JOURNALS[rnd.nextInt(JOURNALS.length)];
            full = j[0];
            abbr = j[1];
        } else {
            String f = pick(FIELDS);
            String f2 = pick(FIELDS);
            full = switch (rnd.nextInt(10)) {
                case 0 -> "Journal of " + f;
                case 1 -> "International Journal of " + f;
                case 2 -> f + " Research";
                case 3 -> "Annals of " + f;
                case 4 -> "European Journal of " + f;
                case 5 -> "Advances in " + f;
                case 6 -> "Journal of " + cap(pick(ADJS)) + " " + f;
                case 7 -> "Reviews of " + f;
                case 8 -> "Journal of " + f + " and " + f2;
                default -> "American Journal of " + f;
            };
            abbr = abbreviate(full);
        }
        String noDots = abbr.replace(".", "");
        if (p(0.12)) {
            // the initials of the name, as physicists and astronomers write many journals ("JHEP", "A&A")
            String acr = acronym(full);
            if (acr.length() >= 2) {
                return new String[]{full, acr, p(0.5) ? acr : noDots};
            }
        }
        return new String[]{full, abbr, noDots};
    }

    static final String[] SUBJECTS = words("Rheumatology Urology Gastroenterology Endocrinology Nephrology Hepatology Neurology "
            + "Ophthalmology Otolaryngology Orthopaedics Anesthesiology Obstetrics Gynecology Hematology Pathology Physiology "
            + "Anatomy Dentistry Endodontics Nursing Entomology Mycology Parasitology Mammalogy Ornithology Herpetology "
            + "Agronomy Forestry Horticulture Food_Science Metallurgy Mechanics Thermodynamics Combustion Aeronautics "
            + "Geography Demography Criminology Theology Musicology Classics Semiotics Infectious_Diseases Public_Health "
            + "Nutrition Tropical_Medicine Veterinary_Science Animal_Behaviour Plant_Pathology Marine_Biology Soil_Biology "
            + "Applied_Mathematics Number_Theory Algebra Topology Geometry Probability Combinatorics Logic Cryptology "
            + "Signal_Processing Control Robotics Remote_Sensing Hydraulics Structural_Engineering Transportation "
            + "Biomechanics Bioinformatics Proteomics Genomics Virology Bacteriology Allergy Psychotherapy Gerontology "
            + "Accounting Marketing Tourism Law Linguistics Lexicography Folklore Archaeometry Numismatics Paleontology "
            + "Mineralogy Petrology Volcanology Seismology Glaciology Meteorology Limnology Biogeography Conservation");
    static final String[] NATIONS = words("Chinese Korean Japanese Indian Brazilian Canadian Australian British Scandinavian "
            + "European Asian African Nordic Polish Turkish Iranian Russian German French Italian Spanish Mexican Egyptian "
            + "Pakistani Nigerian Czech Hungarian Greek Swiss Dutch American International Pacific Baltic");
    static final String[] LATIN_FIELDS = words("Physica Chimica Biochimica Mathematica Medica Zoologica Botanica Geologica "
            + "Oncologica Neurologica Paediatrica Astronomica Crystallographica Histochemica Anaesthesiologica Ophthalmologica");
    static final String[] J_SUFFIX = words("Letters Reports Research Review Reviews Bulletin Quarterly Today Forum Progress "
            + "Communications Journal Science Sciences Abstracts Monographs Notes Studies Annals Archives Proceedings");

    String subject() {
        return p(0.5) ? pick(SUBJECTS) : pick(FIELDS);
    }

    /** A journal name from templates over subject words: many more shapes than the list of real journals. */
    String journalName() {
        String f = subject();
        String n = pick(NATIONS);
        return switch (rnd.nextInt(22)) {
            case 0, 1 -> n + " Journal of " + f;
            case 2, 3 -> f + " " + pick(J_SUFFIX);
            case 4 -> cap(pick(ADJS)) + " " + f;
            case 5 -> "Acta " + pick(LATIN_FIELDS) + (p(0.4) ? " " + pick(new String[]{"Scandinavica", "Polonica", "Sinica",
                    "Hungarica", "Academiae Scientiarum", "et Biophysica"}) : "");
            case 6 -> pick(new String[]{"Bulletin", "Proceedings", "Transactions", "Journal", "Memoirs", "Annals"}) + " of the "
                    + (p(0.5) ? n + " " : "Royal ") + pick(new String[]{"Society", "Academy", "Association", "Institute"})
                    + " of " + f;
            case 7 -> pick(new String[]{"Zeitschrift für ", "Archiv für ", "Jahrbuch für ", "Berichte der "}) + pick(new String[]{
                    "Physik", "Chemie", "Naturforschung", "Geologie", "Zoologie", "Kunstgeschichte", "Philosophie", "Volkskunde"});
            case 8 -> pick(new String[]{"Revue ", "Annales de ", "Bulletin de la Société ", "Comptes Rendus de "}) + pick(new String[]{
                    "d'Histoire", "Physique", "Chimie", "Géologie", "Entomologique de France", "Médecine", "Biologie"});
            case 9 -> pick(new String[]{"Current Opinion in ", "Trends in ", "Clinical ", "Archives of ", "Seminars in ",
                    "Frontiers in ", "Progress in ", "Perspectives in "}) + f;
            case 10 -> f + " and " + subject();
            case 11 -> f + ": " + pick(new String[]{"Structure, Function and Genetics", "Theory and Experiment",
                    "An International Journal", "Research and Practice", "Clinical and Experimental", "Methods and Protocols"});
            case 12 -> cap(pick(NOUNS)) + (p(0.5) ? "" : " " + pick(J_SUFFIX));
            case 13 -> "Journal of " + cap(pick(ADJS)) + " " + f + (p(0.3) ? " " + pick(J_SUFFIX) : "");
            case 14 -> n + " " + f + (p(0.5) ? " " + pick(J_SUFFIX) : "");
            case 15 -> "Journal of the " + n + " " + pick(new String[]{"Medical", "Chemical", "Physical", "Statistical",
                    "Mathematical", "Geological", "Ceramic", "Dental"}) + " " + pick(new String[]{"Society", "Association"});
            case 16 -> "IEEE Transactions on " + f + (p(0.3) ? " and " + subject() : "");
            case 17 -> "International Journal of " + f + (p(0.4) ? " and " + subject() : "");
            case 18 -> pick(new String[]{"Studia ", "Folia ", "Analecta ", "Annali di ", "Rivista di ", "Revista de "})
                    + pick(new String[]{"Historica", "Biologica", "Mathematica", "Storia", "Filologia", "Psicología",
                    "Geografia", "Medicina"});
            case 19 -> "Journal of " + f + " " + pick(J_SUFFIX);
            case 20 -> pick(new String[]{"Physics", "Chemistry", "Biology", "Materials", "Nano", "Energy", "Cancer", "Plant"})
                    + " " + pick(new String[]{"Letters", "Today", "Reports", "Research", "Cell", "Physiology", "Medicine"})
                    + (p(0.3) ? " " + (char) ('A' + rnd.nextInt(5)) : "");
            default -> n + " " + pick(new String[]{"Heart", "Chest", "Brain", "Bone", "Skin", "Lung", "Liver", "Kidney", "Eye"})
                    + " " + pick(new String[]{"Journal", "Research", "Reports"});
        };
    }

    /** ISO 4-like abbreviation of any title: known words from the table, others cut after the first syllable or two. */
    String abbreviateAny(String full) {
        StringBuilder b = new StringBuilder();
        for (String w0 : full.replace(":", "").split(" ")) {
            String w = w0;
            if (w.isEmpty() || w.matches("of|and|the|in|for|on|de|la|der|für|et|di|du|d'Histoire") && !p(0.1)) {
                continue;
            }
            String a = null;
            for (String[] wa : WORD_ABBREV) {
                if (wa[0].equals(w)) {
                    a = wa[1];
                    break;
                }
            }
            if (a == null) {
                a = truncate(w);
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(a);
        }
        return b.length() == 0 ? full : b.toString();
    }

    /** "Rheumatology" to "Rheumatol.", "Mammalian" to "Mamm.", "Clinical" to "Clin."; short words stay. */
    String truncate(String w) {
        if (w.length() <= 5 || !Character.isUpperCase(w.charAt(0))) {
            return w;
        }
        if (w.endsWith("ology")) {
            return w.substring(0, w.length() - 3) + ".";
        }
        int min = 3 + (p(0.3) ? 2 : 0);
        for (int i = min; i < w.length() - 1; i++) {
            if ("aeiouyäöüéè".indexOf(w.charAt(i)) >= 0 && "aeiouyäöüéè".indexOf(w.charAt(i - 1)) < 0) {
                return w.substring(0, i) + ".";
            }
        }
        return w;
    }

    /** "Journal of Applied Physics" to "JAP", "Astronomy and Astrophysics" to "A&A" (with "&" for a short name). */
    String acronym(String full) {
        StringBuilder b = new StringBuilder();
        String[] w = full.replace(":", " ").replace("-", " ").split("\\s+");
        boolean amp = w.length <= 3 && p(0.5);
        for (String x : w) {
            if (x.equals("and") || x.equals("&")) {
                if (amp) {
                    b.append('&');
                }
            } else if (!x.isEmpty() && Character.isUpperCase(x.charAt(0))) {
                b.append(x.charAt(0));
            }
        }
        return b.toString();
    }

    static String abbreviateConf(String full) {
        return full.replace("Proceedings of the", "Proc.").replace("International", "Intl.").replace("Conference", "Conf.")
                .replace("Intelligence", "Intell.").replace("Artificial", "Artif.")
                .replace("Computing", "Comput.").replace("Systems", "Syst.");
    }

    static String abbreviate(String full) {
        StringBuilder b = new StringBuilder();
        String rest = full;
        for (String[] wa : WORD_ABBREV) {
            if (wa[0].contains(" ")) {
                rest = rest.replace(wa[0], wa[1]);
            }
        }
        for (String w : rest.split(" ")) {
            if (w.equals("of") || w.equals("and") || w.equals("the") || w.equals("in") || w.equals("The")) {
                continue;
            }
            String a = w;
            for (String[] wa : WORD_ABBREV) {
                if (wa[0].equals(w)) {
                    a = wa[1];
                    break;
                }
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(a);
        }
        return b.toString();
    }

    String page(boolean range) {
        int c = rnd.nextInt(20);
        if (c == 0) {
            return "e" + (1000 + rnd.nextInt(90000));
        }
        if (c == 1) {
            return String.valueOf(100000 + rnd.nextInt(900000));
        }
        if (c == 2) {
            return String.valueOf(1 + rnd.nextInt(999));
        }
        int first = 1 + rnd.nextInt(p(0.3) ? 100 : 3000);
        if (!range) {
            return String.valueOf(first);
        }
        String prefix = p(0.03) ? "S" : "";
        return prefix + first + "-" + prefix + (first + 1 + rnd.nextInt(p(0.8) ? 25 : 300));
    }

    /** The end of a title that looks like the start of a journal or a number (see {@link #TITLE_ENDS}). */
    String titleEnd() {
        StringBuilder acr = new StringBuilder();
        for (int i = 0, n = 2 + extra.nextInt(3); i < n; i++) {
            acr.append((char) ('A' + extra.nextInt(26)));
        }
        return switch (extra.nextInt(7)) {
            case 0 -> pick(new String[]{" using ", " with ", " in ", " for ", " by "}, extra) + acr;
            case 1 -> pick(new String[]{" candidate ", " in ", " of ", " and "}, extra)
                    + pick(new String[]{"MoS2", "GaN", "TiO2", "p53", "BRCA1", "HIV-1", "SrTiO3", "ZnO", "Bi2Se3", "KRAS",
                            "EGFR", "GaAs", "WTe2", "E. coli", "CO2"}, extra);
            case 2 -> pick(new String[]{", version ", " version ", " ", ", Release "}, extra) + (1 + extra.nextInt(9)) + "."
                    + extra.nextInt(10);
            case 3 -> " (" + acr + "-" + (1 + extra.nextInt(99)) + ")";
            case 4 -> " (" + pick(new String[]{"type", "phase", "grade", "stage", "class", "part"}, extra) + " "
                    + (extra.nextBoolean() ? String.valueOf(1 + extra.nextInt(4)) : pick(new String[]{"I", "II", "III"}, extra)) + ")";
            case 5 -> " (" + (1 + extra.nextInt(9)) + (char) ('A' + extra.nextInt(26)) + ")";
            default -> " " + pick(new String[]{"I", "II", "III", "IV", "1", "2", "3"}, extra);
        };
    }

    /** An article number as physics and astronomy journals print it in place of pages (see {@link #ARTICLE_NUMBERS}). */
    String articleNumber() {
        return switch (extra.nextInt(8)) {
            case 0, 1 -> "A" + (1 + extra.nextInt(extra.nextBoolean() ? 30 : 200));
            case 2 -> "L" + (1 + extra.nextInt(60));
            case 3, 4 -> String.format("%06d", extra.nextInt(extra.nextBoolean() ? 60000 : 300000));
            case 5 -> pick(new String[]{"S", "P", "T", "C"}, extra) + String.format("%02d%03d", 1 + extra.nextInt(12),
                    1 + extra.nextInt(200));
            case 6 -> "L" + (1 + extra.nextInt(60)) + "-L" + (61 + extra.nextInt(30));
            default -> pick(new String[]{"R", "E", "N", "B"}, extra) + (1 + extra.nextInt(120));
        };
    }

    static String pick(String[] a, Random r) {
        return a[r.nextInt(a.length)];
    }

    /**
     * A name as reference managers often export it: "Frontiers in computational neuroscience", "Proceedings of the
     * 12th international conference on machine learning", or all in lower case ("nature photonics"); acronyms stay.
     */
    static String lowerCaseName(String name, boolean all) {
        StringBuilder b = new StringBuilder();
        String[] w = name.split(" ");
        for (int i = 0; i < w.length; i++) {
            if (i > 0) {
                b.append(' ');
            }
            int upper = 0;
            for (int k = 0; k < w[i].length(); k++) {
                upper += Character.isUpperCase(w[i].charAt(k)) ? 1 : 0;
            }
            b.append((i == 0 && !all) || upper >= 2 ? w[i] : w[i].toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    String doi() {
        StringBuilder b = new StringBuilder("10.").append(1000 + rnd.nextInt(9000)).append('/');
        switch (rnd.nextInt(5)) {
            case 0 -> b.append("j.").append(pick(new String[]{"cell", "physletb", "neuron", "jmb", "icarus"})).append('.')
                    .append(2000 + rnd.nextInt(25)).append('.').append(String.format("%02d", rnd.nextInt(13))).append('.')
                    .append(String.format("%03d", rnd.nextInt(1000)));
            case 1 -> b.append("PhysRevLett.").append(50 + rnd.nextInt(80)).append('.').append(100000 + rnd.nextInt(900000));
            case 2 -> b.append("s").append(41000 + rnd.nextInt(1000)).append("-0").append(rnd.nextInt(30)).append('-')
                    .append(10000 + rnd.nextInt(90000)).append('-').append(rnd.nextInt(10));
            case 3 -> b.append("science.").append(pick(new String[]{"aaa", "abc", "abd", "abf"})).append(1000 + rnd.nextInt(9000));
            default -> b.append(Integer.toString(rnd.nextInt(1 << 30), 36)).append('.').append(rnd.nextInt(1000));
        }
        return b.toString();
    }

    String arxiv(int year) {
        if (year < 2007 || p(0.2)) {
            return pick(new String[]{"hep-th", "hep-ph", "astro-ph", "cond-mat", "gr-qc", "quant-ph", "math"}) + "/"
                    + String.format("%02d%02d%03d", year % 100, 1 + rnd.nextInt(12), rnd.nextInt(1000));
        }
        return String.format("%02d%02d.%05d", year % 100, 1 + rnd.nextInt(12), rnd.nextInt(30000));
    }

    String url() {
        String host = pick(new String[]{"www.example.org", "arxiv.org", "www.nature.com", "github.com", "www.who.int",
                "data.europa.eu", "www.nasa.gov", "doi.org", "www.ncbi.nlm.nih.gov", "zenodo.org", "www.bbc.co.uk"});
        return (p(0.8) ? "https://" : "http://") + host + "/" + pick(NOUNS) + "/" + Integer.toString(rnd.nextInt(1 << 20), 36)
                + (p(0.3) ? ".html" : "");
    }

    // ------------------------------------------------------------------ items

    CSLItemData item() {
        String id = "i" + (next++);
        CSLItemDataBuilder b = new CSLItemDataBuilder().id(id);
        int year = 1950 + (int) (75 * Math.sqrt(rnd.nextDouble()));
        if (p(0.03)) {
            year = 1850 + rnd.nextInt(100);
        }
        if (p(0.85)) {
            b.issued(year);
        } else if (p(0.5)) {
            b.issued(year, 1 + rnd.nextInt(12));
        } else {
            b.issued(new CSLDateBuilder().dateParts(year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)).build());
        }
        int kind = rnd.nextInt(100);
        String title = title();
        if (kind < 2) {
            // a talk or poster: "Paper presented at the Annual Meeting of ..., Place"
            b.type(CSLType.SPEECH).author(people(3)).title(title)
                    .genre(pick(new String[]{"Paper presented", "Poster presented", "Paper presentation", "Invited talk",
                            "Conference presentation"}))
                    .event(pick(new String[]{"Annual Meeting of the ", "Conference of the ", "General Assembly of the ",
                            "Biennial Meeting of the "}) + pick(NATIONS) + " " + pick(new String[]{"Society", "Association"})
                            + " for " + subject());
            if (p(0.7)) {
                b.eventPlace(pick(PUB_PLACES));
            }
            return b.build();
        }
        if (p(0.02)) {
            b.status(pick(new String[]{"in press", "forthcoming", "to appear", "submitted"}));
        }
        if (kind < 52) {
            String[] j = journal();
            b.type(CSLType.ARTICLE_JOURNAL).title(title);
            if (!p(0.04)) {
                b.author(people(6)); // else an unsigned piece: the styles put the title (or the journal) first
            }
            int jf = rnd.nextInt(3);
            String ct = jf == 0 ? j[0] : jf == 1 ? j[1] : j[2];
            if (jf == 0 && LOWER_JOURNALS > 0 && extra.nextDouble() < LOWER_JOURNALS) {
                ct = lowerCaseName(ct, extra.nextDouble() < 0.25);
            }
            b.containerTitle(p(0.03) ? ct.toUpperCase(Locale.ROOT) : ct);
            b.containerTitleShort(p(0.5) ? j[1] : j[2]);
            b.journalAbbreviation(p(0.5) ? j[1] : j[2]);
            if (p(0.93)) {
                b.volume(String.valueOf(1 + rnd.nextInt(p(0.7) ? 150 : 900)));
            }
            if (p(0.55)) {
                b.issue(p(0.95) ? String.valueOf(1 + rnd.nextInt(24)) : (1 + rnd.nextInt(6)) + "-" + (7 + rnd.nextInt(6)));
            }
            if (p(0.95)) {
                String pg = page(p(0.8));
                b.page(ARTICLE_NUMBERS > 0 && extra.nextDouble() < ARTICLE_NUMBERS ? articleNumber() : pg);
            }
            if (p(0.35)) {
                b.DOI(doi());
            }
            if (p(0.05)) {
                b.URL(url());
            }
        } else if (kind < 67) {
            if (p(0.12)) {
                // the period a history covers: "Family and Frontier in Colonial Brazil, 1580–1822"
                int from = 300 + rnd.nextInt(1650);
                title = title + ", " + from + (p(0.8) ? "–" : "-") + (from + 10 + rnd.nextInt(300));
            }
            b.type(CSLType.BOOK).title(p(0.5) ? titleCase(title) : title);
            if (p(0.75)) {
                b.author(people(3));
            } else if (p(0.5)) {
                b.editor(people(3)); // an edited book: the editors stand where the authors would
            } else {
                b.author(people(2)).editor(people(3));
            }
            if (p(0.06)) {
                b.translator(people(2));
            }
            b.publisher(p(0.8) ? pick(PUBLISHERS) : pick(new String[]{"Presses Universitaires de France",
                    "Editorial Crítica", "Einaudi", "Vandenhoeck & Ruprecht", "Mohr Siebeck", "Klett-Cotta",
                    "Hachette", "Alianza Editorial", "Il Mulino", "Polity Press", "Verso", "Beacon Press"}));
            if (p(0.7)) {
                b.publisherPlace(pick(PUB_PLACES));
            }
            if (p(0.15)) {
                b.edition(String.valueOf(2 + rnd.nextInt(6)));
            }
            if (p(0.1)) {
                b.collectionTitle(pick(new String[]{"Lecture Notes in Physics", "Springer Series in Statistics",
                        "Graduate Texts in Mathematics", "Methods in Molecular Biology", "Studies in History"}));
                b.collectionNumber(String.valueOf(1 + rnd.nextInt(900)));
            }
            if (p(0.1)) {
                b.numberOfPages(String.valueOf(100 + rnd.nextInt(700)));
            }
            if (p(0.1)) {
                b.DOI(doi());
            }
        } else if (kind < 78) {
            b.type(CSLType.CHAPTER).author(people(3)).title(title).editor(people(3));
            b.containerTitle(p(0.5) ? titleCase(title()) : "Handbook of " + pick(FIELDS));
            b.publisher(pick(PUBLISHERS));
            if (p(0.7)) {
                b.publisherPlace(pick(PUB_PLACES));
            }
            if (p(0.85)) {
                b.page(page(true));
            }
            if (p(0.2)) {
                b.volume(String.valueOf(1 + rnd.nextInt(40)));
            }
            if (p(0.1)) {
                b.DOI(doi());
            }
        } else if (kind < 89) {
            b.type(CSLType.PAPER_CONFERENCE).author(people(5)).title(title);
            String topic = pick(CONF_TOPICS);
            int n = 1 + rnd.nextInt(40);
            String ord = n + (n % 10 == 1 && n != 11 ? "st" : n % 10 == 2 && n != 12 ? "nd" : n % 10 == 3 && n != 13 ? "rd" : "th");
            String acr = pick(new String[]{"ICML", "CVPR", "ICCV", "SIGMOD", "VLDB", "KDD", "ACL", "EMNLP", "NeurIPS",
                    "AAAI", "IJCAI", "STOC", "FOCS", "SODA", "ICSE", "PLDI", "POPL", "CHI", "WWW", "SIGIR", "ICRA", "IROS"});
            String society = pick(NATIONS) + " " + pick(new String[]{"Society", "Association", "Academy"}) + " for " + subject();
            String conf = switch (rnd.nextInt(15)) {
                case 9 -> "Proceedings of the " + ord + " Annual Meeting of the " + society;
                case 10 -> pick(new String[]{"Workshop on ", "Symposium on ", "Conference on ", "International Workshop on "})
                        + topic + (p(0.5) ? " (" + acr + "-" + String.format("%02d", year % 100) + ")" : "");
                case 11 -> "Proc. of the " + ord + " Int. Joint Conf. on " + topic + " (" + acr + "-" + String.format("%02d", year % 100) + ")";
                case 12 -> acr + (p(0.5) ? "-" : " ") + (p(0.5) ? String.format("%02d", year % 100) : String.valueOf(year));
                case 13 -> year + " " + pick(new String[]{"IEEE", "ACM", "IFIP", "SIAM"}) + " " + pick(new String[]{"Workshop",
                        "Symposium", "Conference"}) + " on " + topic;
                case 14 -> "Proceedings of the " + pick(new String[]{"First", "Second", "Third", "Fourth", "Fifth", "Sixth",
                        "Tenth", "Twelfth", "Twentieth", "Twenty-Seventh"}) + " " + pick(new String[]{"European", "Asian",
                        "International", "Annual", "Hawaii International", "National"}) + " " + pick(new String[]{"Workshop",
                        "Conference", "Symposium"}) + " on " + topic;
                case 0 -> "Proceedings of the " + ord + " International Conference on " + topic;
                case 1 -> "Proceedings of the IEEE Conference on " + topic;
                case 2 -> "Advances in " + topic;
                case 3 -> "Proc. " + ord + " Int. Conf. on " + topic;
                case 4 -> "Proc. " + acr;
                case 5 -> "Proceedings of " + acr + " " + (p(0.5) ? "'" + String.format("%02d", year % 100) : String.valueOf(year));
                case 6 -> abbreviateConf("Proceedings of the International Joint Conference on " + topic);
                case 7 -> "Lecture Notes in Computer Science";
                default -> year + " IEEE International Symposium on " + topic;
            };
            b.containerTitle(LOWER_JOURNALS > 0 && extra.nextDouble() < LOWER_JOURNALS
                    ? lowerCaseName(conf, extra.nextDouble() < 0.1) : conf);
            if (p(0.4)) {
                b.publisher(pick(new String[]{"IEEE", "ACM", "Springer", "AAAI Press", "PMLR", "Curran Associates"}));
            }
            if (p(0.4)) {
                b.publisherPlace(pick(PUB_PLACES));
            }
            if (p(0.3)) {
                b.eventPlace(pick(PUB_PLACES));
            }
            if (p(0.85)) {
                b.page(page(true));
            }
            if (p(0.2)) {
                b.volume(String.valueOf(1 + rnd.nextInt(40)));
            }
            if (p(0.2)) {
                b.DOI(doi());
            }
        } else if (kind < 93) {
            b.type(CSLType.THESIS).author(people(1)).title(title)
                    .genre(pick(new String[]{"PhD thesis", "Ph.D. dissertation", "Doctoral dissertation", "Master's thesis",
                            "Dissertation", "PhD Thesis"}))
                    .publisher(p(0.3) ? pick(new String[]{"Department of ", "Dept. of ", "School of ", "Institute of ",
                            "Faculty of "}) + subject() + ", " + pick(UNIVERSITIES) : pick(UNIVERSITIES));
            if (p(0.4)) {
                b.publisherPlace(pick(PUB_PLACES));
            }
        } else if (kind < 97) {
            b.type(CSLType.REPORT).author(people(4)).title(title).publisher(p(0.25) ? pick(new String[]{"Department of ",
                    "Computer Science Dept., ", "Laboratory for "}) + subject() + ", " + pick(UNIVERSITIES) : pick(INSTITUTIONS));
            if (p(0.6)) {
                b.number(pick(new String[]{"", "TR-", "NBER Working Paper ", "LA-UR-"}) + (100 + rnd.nextInt(20000)));
            }
            if (p(0.3)) {
                b.genre(pick(new String[]{"Technical Report", "Working Paper", "Report"}));
            }
            if (p(0.4)) {
                b.publisherPlace(pick(PUB_PLACES));
            }
            if (p(0.3)) {
                b.URL(url());
            }
        } else if (kind < 99 || p(0.5)) {
            b.type(CSLType.ARTICLE).author(people(5)).title(title);
            String ax = arxiv(year);
            if (p(0.5)) {
                b.containerTitle("arXiv preprint arXiv:" + ax);
            } else {
                b.number("arXiv:" + ax);
                b.publisher("arXiv");
            }
            if (p(0.3)) {
                b.URL("https://arxiv.org/abs/" + ax);
            }
        } else {
            b.type(CSLType.WEBPAGE).author(people(2)).title(title).URL(url())
                    .containerTitle(pick(new String[]{"BBC News", "The Guardian", "Wikipedia", "Nature News", "GitHub"}));
            b.accessed(2015 + rnd.nextInt(10), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        }
        return b.build();
    }

    List<CSLItemData> items(int n) {
        List<CSLItemData> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(item());
        }
        return out;
    }

    /** English-speaking given names: the project's own given-name list (main resources), read once. */
    static final class AuthorScannerGiven {
        static final String[] EN = AuthorScanner.GIVEN_NAMES.stream().sorted().toArray(String[]::new);
    }
}
