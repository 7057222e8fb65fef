package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prizes, funding instruments, instruments and platforms ({@link ProgrammeAndInstrumentNames}). Every text and every
 * name in it is invented (the places are real).
 */
class ProgrammeAndInstrumentNamesTest {
    private static List<String> of(String text, EntityType type) {
        return MentionTexts.of(text, type);
    }

    /** The mentions of {@code type} with the method that found them ("Mira Holloway PATTERN_AUTHOR_LIST"). */
    private static List<String> methods(String text, EntityType type) {
        return MentionTexts.ENGINE.extract(text).mentions().stream().filter(m -> m.type() == type)
                .map(m -> m.text() + " " + m.method()).toList();
    }

    @Test
    void prizesMedalsLecturesAndFellowshipsAreOther() {
        String text = "The Varga Medal goes to Dr Ilse Morrow, the Okafor Award for Geodesy to Dr Tam Reyes, and "
                + "the Henrik Lund Lecture will be given by Professor Ana Quist, who also holds a KGS Research "
                + "Fellowship.";
        List<String> other = of(text, EntityType.OTHER);
        assertTrue(other.containsAll(List.of("Varga Medal", "Okafor Award for Geodesy", "Henrik Lund Lecture",
                "KGS Research Fellowship")), other::toString);
        List<String> persons = of(text, EntityType.PERSON);
        assertFalse(persons.stream().anyMatch(p -> p.contains("Lund") || p.contains("Lecture")), persons::toString);
    }

    @Test
    void aGenericFellowshipAnAwardNumberAndAHeadingAreNoPrize() {
        String text = "She held a Postdoctoral Fellowship in Oslo.\nBest Medal\nThe work was paid under Award No. 4471 "
                + "and cited in Lecture Notes in Geodesy.";
        List<String> other = of(text, EntityType.OTHER);
        assertFalse(other.stream().anyMatch(o -> o.contains("Fellowship") || o.contains("Medal")
                || o.contains("Award") || o.contains("Lecture")), other::toString);
    }

    @Test
    void namesBeforeAnInstrumentsNounAreFacilities() {
        String text = "Winds came from the KOVA scatterometer, and the field was measured by the Brisa and Halo "
                + "Gemini spacecraft and by the MIRA 3 station near the coast.";
        List<String> facilities = of(text, EntityType.FACILITY);
        assertTrue(facilities.containsAll(List.of("KOVA", "Brisa", "Halo Gemini", "MIRA 3")), facilities::toString);
    }

    @Test
    void aStationWithoutACodeIsNoFacility() {
        String text = "We took the train from the Tarrow station to the coast.";
        assertFalse(of(text, EntityType.FACILITY).contains("Tarrow"), () -> of(text, EntityType.FACILITY).toString());
    }

    @Test
    void thePlatformsThatCarryAnInstrumentAreFacilities() {
        String text = "Temperatures come from the VELA instrument on Tarn-2 and Tarn-3, and heights from radiometers "
                + "on board the Orvo satellite.";
        List<String> facilities = of(text, EntityType.FACILITY);
        assertTrue(facilities.containsAll(List.of("VELA", "Tarn-2", "Tarn-3")), facilities::toString);
    }

    @Test
    void aLaunchedSpacecraftAndTheOtherNamesOfItsListAreFacilities() {
        String text = "Salinity is measured from space since the launch of KESTREL in 2012. We merge the data of "
                + "KESTREL, Pelde and Orvo-B with the floats.";
        List<String> facilities = of(text, EntityType.FACILITY);
        assertTrue(facilities.containsAll(List.of("KESTREL", "Pelde", "Orvo-B")), facilities::toString);
    }

    @Test
    void aResearchStationNamedAfterItsNoun() {
        String text = "Radar surveys were flown from the research station Halvard IV in winter.";
        assertTrue(of(text, EntityType.FACILITY).contains("Halvard IV"),
                () -> of(text, EntityType.FACILITY).toString());
    }

    @Test
    void aBankOfTextsIsACollectionNotABank() {
        String text = "Transcripts are kept by the Speech Bank of Latvia and loans came from the Bank of Latvia.";
        assertTrue(of(text, EntityType.OTHER).contains("Speech Bank of Latvia"),
                () -> of(text, EntityType.OTHER).toString());
        assertFalse(of(text, EntityType.ORGANIZATION).contains("Speech Bank of Latvia"));
    }

    @Test
    void aEuropeanFundIsOtherButTheInvestmentFundIsABody() {
        String text = "The harbour was rebuilt with the European Coastal Renewal Fund and a loan of the European "
                + "Investment Fund.";
        assertTrue(of(text, EntityType.OTHER).contains("European Coastal Renewal Fund"),
                () -> of(text, EntityType.OTHER).toString());
        assertTrue(of(text, EntityType.ORGANIZATION).contains("European Investment Fund"),
                () -> of(text, EntityType.ORGANIZATION).toString());
    }

    @Test
    void aFacilityThroughWhichMoneyIsPaidIsAFundingInstrument() {
        String text = "The new quay is funded by the Commission through the Harbour Recovery Facility. Spectra were "
                + "taken at the Kestrel Imaging Facility.";
        assertTrue(of(text, EntityType.OTHER).contains("Harbour Recovery Facility"),
                () -> of(text, EntityType.OTHER).toString());
        assertTrue(of(text, EntityType.FACILITY).contains("Kestrel Imaging Facility"),
                () -> of(text, EntityType.FACILITY).toString());
    }

    @Test
    void aNamedMeetingAndItsShortNameWithTheYearAreOther() {
        String text = "The prizes will be handed out at the Kestrel Geodesy Meeting (KGM 2031) in Leeds, after the "
                + "Board Meeting of the society.";
        List<String> other = of(text, EntityType.OTHER);
        assertTrue(other.containsAll(List.of("Kestrel Geodesy Meeting", "KGM 2031")), other::toString);
        assertFalse(other.contains("Board Meeting"), other::toString);
    }

    @Test
    void anObservingSystemIsOther() {
        String text = "The station is part of the Coastal Carbon Observation System (CCOS) since 2030.";
        List<String> other = of(text, EntityType.OTHER);
        assertTrue(other.containsAll(List.of("Coastal Carbon Observation System", "CCOS")), other::toString);
    }

    @Test
    void aShortNameWithADigitOrAHyphenTakesTheTypeOfTheNameBeforeIt() {
        String text = "Maps were made with the Kestrel Bolometer Array 2 (KBA-2). The trial was entered in the "
                + "Velder Trials Register (VTR00412377).";
        List<String> facilities = of(text, EntityType.FACILITY);
        assertTrue(facilities.containsAll(List.of("Kestrel Bolometer Array 2", "KBA-2")), facilities::toString);
        assertFalse(of(text, EntityType.OTHER).stream().anyMatch(o -> o.startsWith("VTR")),
                () -> of(text, EntityType.OTHER).toString());
    }

    @Test
    void aProgrammeAfterUnderTheInAFundingStatementIsOther() {
        String text = "This work was funded by the Ministry of Coasts under the Blue Shelf Mission and by the Velder "
                + "Foundation.";
        assertTrue(of(text, EntityType.OTHER).contains("Blue Shelf Mission"),
                () -> of(text, EntityType.OTHER).toString());
    }

    @Test
    void aJournalAfterAVerbOfPublishingIsOther() {
        String text = "The first results were published in the Journal of Fjord Studies, and this paper was submitted "
                + "to Coastal Geodesy Letters.";
        List<String> other = of(text, EntityType.OTHER);
        assertTrue(other.containsAll(List.of("Journal of Fjord Studies", "Coastal Geodesy Letters")),
                other::toString);
    }

    @Test
    void aPlatformNamedAfterAnAgencyWithANumberIsOneFacility() {
        String text = "Temperatures come from the VELA instrument on Tarn-2 and NOAA-31.";
        List<String> facilities = of(text, EntityType.FACILITY);
        assertTrue(facilities.contains("NOAA-31"), facilities::toString);
    }

    @Test
    void anInstrumentInCapitalsWithAWordBeforeItsNoun() {
        String text = "Strain was recorded with the KESTREL diffractometer and the ORVA engineering instrument.";
        List<String> facilities = of(text, EntityType.FACILITY);
        assertTrue(facilities.containsAll(List.of("KESTREL", "ORVA")), facilities::toString);
    }

    @Test
    void aNameListedWithATelescopeIsAFacility() {
        String text = "The bursts were followed with the Kestrel Telescope and e-LINK over two years.";
        assertTrue(of(text, EntityType.FACILITY).contains("e-LINK"), () -> of(text, EntityType.FACILITY).toString());
    }

    @Test
    void anArrayOfMooringsIsOtherAndANeutronCentreAFacility() {
        String text = "Records come from the Tropical Moored Array for Monsoon Studies (TMAMS). Samples were measured at "
                + "the Kestrel Neutron Science Center (KNSC).";
        List<String> other = of(text, EntityType.OTHER);
        assertTrue(other.containsAll(List.of("Tropical Moored Array for Monsoon Studies", "TMAMS")), other::toString);
        List<String> facilities = of(text, EntityType.FACILITY);
        assertTrue(facilities.containsAll(List.of("Kestrel Neutron Science Center", "KNSC")), facilities::toString);
    }

    @Test
    void aDataSetBeforeItsNounWithoutTheArticle() {
        String text = "Where gauges had gaps, rainfall was taken from KORA5 reanalysis.";
        assertTrue(of(text, EntityType.OTHER).contains("KORA5"), () -> of(text, EntityType.OTHER).toString());
    }

    @Test
    void aServiceWithACapitalInsideItsNameWhereCodeIsKept() {
        String text = "The data are on Zenvault and the code is on GitVault. We met Anna on TeamRoom.";
        List<String> other = of(text, EntityType.OTHER);
        assertTrue(other.contains("GitVault"), other::toString);
        assertFalse(other.contains("TeamRoom"), other::toString);
    }

    @Test
    void aSupersiteAndAZoologicalStationAreFacilities() {
        String text = "Fluxes are measured at the Kivalo Forest Supersite and at the Orrby Zoological Station.";
        List<String> facilities = of(text, EntityType.FACILITY);
        assertTrue(facilities.containsAll(List.of("Kivalo Forest Supersite", "Orrby Zoological Station")),
                facilities::toString);
    }

    @Test
    void aNameGivenWithANetworkInAppositionIsOther() {
        String text = "Trials are run through KestNet, the national clinical research network, since 2029.";
        assertTrue(of(text, EntityType.OTHER).contains("KestNet"), () -> of(text, EntityType.OTHER).toString());
    }

    @Test
    void anAuthorLineWithMarkersInParenthesesEndsBeforeTheFirstAffiliationLine() {
        String text = "Tides of a shelf sea\n\nMira Holloway(1), Tomas Brenvik-Ode(2), Lena Varga(1) and Oskar "
                + "Lindqvist-Mehta(3)\n(1) Institute of Coastal Studies, Bergen, Norway\n(2) Velder University, Oslo, "
                + "Norway\n";
        List<String> persons = ProgrammeAndInstrumentNamesTest.methods(text, EntityType.PERSON);
        assertTrue(persons.containsAll(List.of("Mira Holloway PATTERN_AUTHOR_LIST",
                "Tomas Brenvik-Ode PATTERN_AUTHOR_LIST", "Oskar Lindqvist-Mehta PATTERN_AUTHOR_LIST")),
                persons::toString);
    }

    @Test
    void aShortNameWithAPeriodBetweenCapitalsTakesTheTypeOfTheNameBeforeIt() {
        String text = "Files were obtained from the Kestrel Ocean Data Center (KO.DAC) in 2031.";
        assertTrue(of(text, EntityType.ORGANIZATION).contains("KO.DAC"),
                () -> of(text, EntityType.ORGANIZATION).toString());
    }

    @Test
    void aSurveyOfATopicIsOtherButASurveyOfAPlaceAnOrganisation() {
        String text = "Galaxies come from the Deep Survey of Sky and Time (DSST); maps from the Survey of Kenya.";
        List<String> other = of(text, EntityType.OTHER);
        assertTrue(other.containsAll(List.of("Deep Survey of Sky and Time", "DSST")), other::toString);
        assertTrue(of(text, EntityType.ORGANIZATION).contains("Survey of Kenya"),
                () -> of(text, EntityType.ORGANIZATION).toString());
    }

    @Test
    void anAtlasOfDataIsOtherButAMountainRangeIsNot() {
        String text = "The climatology comes from the Kestrel Shelf Atlas 2031; the team later walked in the High Atlas.";
        List<String> other = of(text, EntityType.OTHER);
        assertTrue(other.contains("Kestrel Shelf Atlas 2031"), other::toString);
        assertFalse(other.stream().anyMatch(o -> o.contains("High")), other::toString);
    }

    @Test
    void aDataSetWithACodeNameTakenFromIt() {
        String text = "River discharge comes from KestFlow, and air-sea fluxes were taken from ORVA5.";
        List<String> other = of(text, EntityType.OTHER);
        assertTrue(other.containsAll(List.of("KestFlow", "ORVA5")), other::toString);
    }

    @Test
    void aNameGivenWithAProductInAppositionIsOther() {
        String text = "We present KESTAL, a daily gridded product for the shelf seas.";
        assertTrue(of(text, EntityType.OTHER).contains("KESTAL"), () -> of(text, EntityType.OTHER).toString());
    }

    @Test
    void anEricACooperativeAndANavyAreOrganisations() {
        String text = "Images are shared with Kestrel-Imaging ERIC, samples with the Velder Biobank Cooperative, and "
                + "depths came from the Orvanian Navy.";
        List<String> orgs = of(text, EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(List.of("Kestrel-Imaging ERIC", "Velder Biobank Cooperative", "Orvanian Navy")),
                orgs::toString);
    }

    @Test
    void aSchemeOrAPrizeBeforeItsNounInLowerCaseIsOther() {
        String text = "She was hired through the Tomás y Varela programme and later won a Lindqvist fellowship; he "
                + "held a Royal Society fellowship.";
        List<String> other = of(text, EntityType.OTHER);
        assertTrue(other.containsAll(List.of("Tomás y Varela", "Lindqvist")), other::toString);
        assertFalse(other.contains("Royal Society"), other::toString);
    }

    @Test
    void aProgrammeInCapitalsBeforeAGrantNumberIsOther() {
        String text = "This work was supported by the Velder Society (VS, KESTEN grant 22H00915).";
        assertTrue(of(text, EntityType.OTHER).contains("KESTEN"), () -> of(text, EntityType.OTHER).toString());
    }

    @Test
    void recordsAndOnlineDatabasesAreOther() {
        String text = "Hospital stays came from the Kestrel Morbidity Record, and ship lists from the Harbour Toll "
                + "Registers Online (HTRO).";
        List<String> other = of(text, EntityType.OTHER);
        assertTrue(other.containsAll(List.of("Kestrel Morbidity Record", "Harbour Toll Registers Online", "HTRO")),
                other::toString);
    }

    @Test
    void aDataSystemNameWithOfBeginsAfterThe() {
        String text = "Specimens were checked against the Barcode of Kestrel Data System (BKDS) in 2030.";
        assertTrue(of(text, EntityType.OTHER).contains("Barcode of Kestrel Data System"),
                () -> of(text, EntityType.OTHER).toString());
    }

    @Test
    void anInfrastructureWithNodesAndAProgrammeWithFundingCallsAreOther() {
        String text = "The centre runs the national node of KESTRA and may apply to the next two VELDA funding calls.";
        List<String> other = of(text, EntityType.OTHER);
        assertTrue(other.containsAll(List.of("KESTRA", "VELDA")), other::toString);
    }

    @Test
    void aComputerThatRunsTheSimulationsIsAFacility() {
        String text = "Simulations were performed on the Kestrel Booster at the Velder Computing Centre and on Orvo at "
                + "the Tarn Supercomputing Institute.";
        List<String> facilities = of(text, EntityType.FACILITY);
        assertTrue(facilities.containsAll(List.of("Kestrel Booster", "Orvo")), facilities::toString);
    }
}
