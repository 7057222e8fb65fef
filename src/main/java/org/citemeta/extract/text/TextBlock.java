package org.citemeta.extract.text;

/** A paragraph of the normalised text, [start, end) in normalised offsets. */
public record TextBlock(BlockKind kind, int start, int end) {
}
