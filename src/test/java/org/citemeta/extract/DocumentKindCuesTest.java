package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Entities of kinds of documents the gold set has few of (clinical trials with many sites, physics collaborations,
 * Spanish and Portuguese press releases, grant news, museum and archive reports), read from invented texts: every
 * person, body and name here is invented but for real towns and countries.
 */
class DocumentKindCuesTest {
    private static List<String> of(String text, EntityType type) {
        return MentionTexts.of(text, type);
    }

    @Test
    void aCollaborationsLabelOpensItsAuthorList() {
        String text = "Search for slow dark photons in the Velka detector\n\n"
                + "The VELKA Collaboration: B. Orrin1, T. Kessa2,3, L. Marvit1, P. de Sollas2 and R. Quenby4\n\n"
                + "1 Institute of Particle Physics, University of Tarnova, Tarnova\n"
                + "2 Department of Physics, Vessel University, Kolby\n";
        List<String> p = of(text, EntityType.PERSON);
        assertTrue(p.containsAll(List.of("B. Orrin", "T. Kessa", "L. Marvit", "P. de Sollas", "R. Quenby")),
                p::toString);
    }

    @Test
    void universityMedicalCentresAndMuseumsOfTheBaseAreKnown() {
        String text = "Patients were recruited at Erasmus MC (Rotterdam) and Charité (Berlin); the prints are held by the"
                + " Rijksmuseum and the Internet Archive.";
        List<String> o = of(text, EntityType.ORGANIZATION);
        assertTrue(o.containsAll(List.of("Erasmus MC", "Charité", "Rijksmuseum", "Internet Archive")), o::toString);
        // "Erasmus" alone is the EU's exchange programme of the base; "Erasmus MC" is no programme
        assertFalse(of(text, EntityType.OTHER).contains("Erasmus"), () -> of(text, EntityType.OTHER).toString());
    }

    @Test
    void townsOfAListOfSitesInParenthesesArePlaces() {
        String text = "Samples came from Haukeland University Hospital (Bergen) and St Olavs Hospital (Trondheim).";
        List<String> places = of(text, EntityType.LOCATION);
        assertTrue(places.containsAll(List.of("Bergen", "Trondheim")), places::toString);
        List<String> o = of(text, EntityType.ORGANIZATION);
        assertFalse(o.contains("Bergen") || o.contains("Trondheim"), o::toString);
        // one parenthesis alone may be a short name that a town shares: left to the short-name reading
        assertTrue(of("The Tarnova Lake Institute (Syke) measured the lakes.", EntityType.LOCATION).isEmpty());
    }

    @Test
    void aLabelWithoutMarkersIsNoAuthorList() {
        List<String> p = of("Keywords: Dark Matter, Slow Photons, Velka Detector\n\nThe study begins here.",
                EntityType.PERSON);
        assertTrue(p.isEmpty(), p::toString);
    }

    @Test
    void twoParticlesStandInsideAFamilyName() {
        String text = "Jorrit van der Maalsen1, Femke van den Boomgaard2, Ines de la Varga1\n\n"
                + "1 Department of Neurology, Kelby Medical Centre, Utrecht\n";
        List<String> p = of(text, EntityType.PERSON);
        assertTrue(p.containsAll(List.of("Jorrit van der Maalsen", "Femke van den Boomgaard", "Ines de la Varga")),
                p::toString);
    }

    @Test
    void aTownInParenthesesInAListOfSitesIsNoShortName() {
        String text = "Patients were recruited at the Marvell Hospital (Oxford), the Kessing University Hospital "
                + "(Nijmegen) and the Orrin Clinic (Madrid).";
        List<String> o = of(text, EntityType.ORGANIZATION);
        assertFalse(o.contains("Nijmegen"), o::toString);
    }

    @Test
    void aPossessiveOfAGroupOrASaintStandsInsideABodysName() {
        List<String> o = of("The cohort is run by the Varnel Children's Research Institute with Kessby Women's "
                + "Hospital and St Orla's Hospital.", EntityType.ORGANIZATION);
        assertTrue(o.containsAll(List.of("Varnel Children's Research Institute", "Kessby Women's Hospital",
                "St Orla's Hospital")), o::toString);
    }

    @Test
    void aCountrysPossessiveStaysOutsideTheName() {
        List<String> o = of("Velmora's Research Institute opened a branch.", EntityType.ORGANIZATION);
        assertFalse(o.contains("Velmora's Research Institute"), o::toString);
    }

    @Test
    void aSaintsTitleBeforeABodysNameIsPartOfIt() {
        List<String> o = of("Patients came from St. Velmar Hospital in Kessby.", EntityType.ORGANIZATION);
        assertTrue(o.contains("St. Velmar Hospital"), o::toString);
    }

    @Test
    void aKnownNameJoinedByAndIsANameOfItsOwn() {
        List<String> o = of("The Novo Nordisk Foundation and Kestrel Leap today announced five awards.",
                EntityType.ORGANIZATION);
        assertTrue(o.contains("Novo Nordisk Foundation"), o::toString);
        assertFalse(o.contains("Novo Nordisk Foundation and Kestrel Leap"), o::toString);
    }

    @Test
    void aRomanceNameBeginsWithItsHead() {
        List<String> o = of("Estudiantes de la Universidad de Velmora presentan un robot.", EntityType.ORGANIZATION);
        assertTrue(o.contains("Universidad de Velmora"), o::toString);
        assertFalse(o.stream().anyMatch(x -> x.startsWith("Estudiantes")), o::toString);
    }

    @Test
    void aRomanceNameEndsWithAListOfItsOwn() {
        List<String> o = of("El estudio fue financiado por el Ministerio de Pesca, Turismo y Deportes y por la "
                + "Fundación Velmora. O projeto contou com o Ministério da Agricultura, Pecuária e Abastecimento.",
                EntityType.ORGANIZATION);
        assertTrue(o.containsAll(List.of("Ministerio de Pesca, Turismo y Deportes",
                "Ministério da Agricultura, Pecuária e Abastecimento")), o::toString);
    }

    @Test
    void aJournalAndAHighlandAreNoPersons() {
        List<String> p = of("The result appears in the Velmoran Journal of the Kessby Society. The array stands in "
                + "the Varnoka Highland of Namibia.", EntityType.PERSON);
        assertTrue(p.isEmpty(), p::toString);
    }

    @Test
    void aSentenceAdverbIsNoName() {
        List<String> o = of("Finally, the Kessby Kids consortium, led by Dr Ana Velmor, will work in Suva.",
                EntityType.ORGANIZATION);
        assertFalse(o.contains("Finally"), o::toString);
    }

    @Test
    void catalanAndRegionalHeadsMakeNames() {
        List<String> o = of("El estudio se hizo en la Universitat de Kessby con la Consejería de Pesca y Turismo.",
                EntityType.ORGANIZATION);
        assertTrue(o.containsAll(List.of("Universitat de Kessby", "Consejería de Pesca y Turismo")), o::toString);
    }

    @Test
    void spanishPluralArticlesStandInsideNames() {
        List<String> o = of("Dr Ana Velmor of Universidad de los Kessbanos in Bogotá leads the team.",
                EntityType.ORGANIZATION);
        assertTrue(o.contains("Universidad de los Kessbanos"), o::toString);
    }

    @Test
    void aFoundersPossessiveBeforeAHospitalIsPartOfItsName() {
        List<String> o = of("Patients were seen at Velmbrooke's Hospital, and staff trained at Velquist's College.",
                EntityType.ORGANIZATION);
        assertTrue(o.containsAll(List.of("Velmbrooke's Hospital", "Velquist's College")), o::toString);
        List<String> q = of("Oxford's Hospital was full.", EntityType.ORGANIZATION);
        assertFalse(q.contains("Oxford's Hospital"), q::toString);
    }
}
