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
}
