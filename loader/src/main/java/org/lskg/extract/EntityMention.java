package org.lskg.extract;

import org.lskg.document.Sentence;

/**
 * A named thing mentioned in a sentence, with its canonical label (abbreviations spelt out, the locality
 * added when the text leaves it implicit: "UBND tỉnh" in a Lạng Sơn document is "Ủy ban nhân dân tỉnh
 * Lạng Sơn").
 *
 * @param sentence the sentence
 * @param start    offset of the surface form in {@link Sentence#text()}
 * @param end      offset after it
 * @param surface  the words as written (for an elliptical list item, the item: "Tài chính")
 * @param category what kind of thing it is
 * @param label    the canonical full label ("Bộ Tài chính")
 * @param resolution how the label was made canonical
 */
public record EntityMention(Sentence sentence, int start, int end, String surface, EntityCategory category,
                            String label, Resolution resolution) implements Fact {

    /** The same mention under another label. */
    public EntityMention relabel(String newLabel, Resolution how) {
        return new EntityMention(sentence, start, end, surface, category, newLabel, how);
    }

    public boolean overlaps(EntityMention o) {
        return start < o.end && o.start < end;
    }

    public boolean contains(EntityMention o) {
        return start <= o.start && o.end <= end && (end - start) > (o.end - o.start);
    }
}
