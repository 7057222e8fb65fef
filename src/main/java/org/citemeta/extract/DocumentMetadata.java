package org.citemeta.extract;

import java.util.List;

/**
 * Document-level metadata.
 *
 * @param title      headline, or null
 * @param standfirst the summary paragraph under the title, or null
 * @param authors    authors from byline / author list / bio
 * @param emails     every e-mail address in the document
 * @param bios       author biography sentences
 * @param displacedBlocks blocks that layout had spliced into a sentence (pull quotes, bios), as normalised text
 */
public record DocumentMetadata(String title, String standfirst, List<Author> authors, List<String> emails,
                               List<String> bios, List<String> displacedBlocks) {
    public DocumentMetadata {
        authors = List.copyOf(authors);
        emails = List.copyOf(emails);
        bios = List.copyOf(bios);
        displacedBlocks = List.copyOf(displacedBlocks);
    }
}
