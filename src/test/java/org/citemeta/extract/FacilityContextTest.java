package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Built works, instruments and spacecraft ({@link FacilityContext}). Every text and every name in it is invented (the
 * places are real).
 */
class FacilityContextTest {
    private static List<String> of(String text, EntityType type) {
        return MentionTexts.of(text, type);
    }

    @Test
    void headWordsOfBuiltWorksMakeFacilities() {
        String text = "Water from the Varrow Dam feeds the Ostrand Power Plant, and the Pellin Wind Farm lies north of "
                + "the Kessel Tower. Visitors walk from the Norhall Monastery to the Brimley Theatre and take the "
                + "train at Quenby Station.";
        List<String> f = of(text, EntityType.FACILITY);
        assertTrue(f.containsAll(List.of("Varrow Dam", "Ostrand Power Plant", "Pellin Wind Farm", "Kessel Tower",
                "Norhall Monastery", "Brimley Theatre", "Quenby Station")), f::toString);
    }

    @Test
    void plantFarmAndStationOutOfContextAreNoFacilities() {
        String text = "She studied at the Institute of Tropical Plant Sciences and lives on Quenby Station Road.";
        List<String> f = of(text, EntityType.FACILITY);
        assertFalse(f.stream().anyMatch(x -> x.contains("Plant") || x.contains("Station")), f::toString);
    }

    @Test
    void namesBeforeANounOfAUtilitysWorksAreFacilities() {
        String text = "Inspections of the Varrow dam found no cracks; the Ostrand substation got two transformers, "
                + "the Pellin wind farm was repowered and the Kessel pumped-storage plant was filled.";
        List<String> f = of(text, EntityType.FACILITY);
        assertTrue(f.containsAll(List.of("Varrow", "Ostrand", "Pellin", "Kessel")), f::toString);
    }

    @Test
    void instrumentsNamedAfterOrBeforeTheirNounAreFacilities() {
        String text = "The imager complements the laser altimeter KORA and the imaging system TESS-IR, and it builds on "
                + "the Velmo camera and the Tessa orbiter, but not on any Mars orbiter.";
        List<String> f = of(text, EntityType.FACILITY);
        assertTrue(f.containsAll(List.of("KORA", "TESS-IR", "Velmo", "Tessa")), f::toString);
        assertFalse(f.contains("Mars"), f::toString);
    }

    @Test
    void aChurchNamedWithOfIsAFacility() {
        String text = "Further east, the church of San Velmo de Fora holds the tombs, and the former convent of Madre "
                + "de Brisa houses a museum.";
        List<String> f = of(text, EntityType.FACILITY);
        assertTrue(f.containsAll(List.of("San Velmo de Fora", "Madre de Brisa")), f::toString);
    }

    @Test
    void aSpacecraftsNameInAppositionAndASpaceCentre() {
        String text = "It carries the Velmo Magnetospheric Orbiter Pim and was launched from the Ostrand Space Centre "
                + "with Cluster and Solar Orbiter watching.";
        List<String> f = of(text, EntityType.FACILITY);
        assertTrue(f.containsAll(List.of("Velmo Magnetospheric Orbiter", "Pim", "Ostrand Space Centre")),
                f::toString);
        assertFalse(f.stream().anyMatch(x -> x.contains("Cluster and")), f::toString);
    }

    @Test
    void aBuildingNamedInARomanceLanguageIsAFacility() {
        String text = "The congress meets in the Palacio de Ferias y Congresos de Velmora, and the dinner is held at "
                + "the Mosteiro dos Brisos. The city of Torre del Greco lies south.";
        List<String> f = of(text, EntityType.FACILITY);
        assertTrue(f.containsAll(List.of("Palacio de Ferias y Congresos de Velmora", "Mosteiro dos Brisos")),
                f::toString);
        assertFalse(f.stream().anyMatch(x -> x.startsWith("Torre")), f::toString);
    }

    @Test
    void namesInParenthesesAfterAPluralNounOfFacilitiesAndAMine() {
        String text = "The run-of-river stations on the Velm (Ostrand, Pellin and Kessel-Nord) were refurbished, "
                + "and the Varrow mine closed.";
        List<String> f = of(text, EntityType.FACILITY);
        assertTrue(f.containsAll(List.of("Ostrand", "Pellin", "Kessel-Nord", "Varrow")), f::toString);
    }

    @Test
    void monumentsAndPlacesOfWorshipAreFacilities() {
        String text = "The dome of the Velmoran Pantheon rises above the square, between the Brisa Mosque and the "
                + "Quenby Gate.";
        List<String> f = of(text, EntityType.FACILITY);
        assertTrue(f.containsAll(List.of("Velmoran Pantheon", "Brisa Mosque", "Quenby Gate")), f::toString);
    }
}
