package org.lskg.trace;

import java.util.regex.Pattern;
import org.lskg.text.Fold;
import org.lskg.trace.CorpusSnapshot.Entity;

/**
 * Whether two resolved entities are the same thing. Resolution gives the same thing one IRI across
 * documents, but a label read with a stray word ("... tầm nhìn đến năm 2050 gắn") or spacing ("2021 -2030")
 * mints another; tracing therefore also accepts, within one category, labels of which one contains the other
 * as whole words and is close in length — the rule of the evaluation contract.
 */
final class Entities {
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d\\p{Punct}*");

    private Entities() {}

    /**
     * The label names one thing rather than a kind of thing: after its first word it has a digit or a capital
     * ("Quốc lộ 4B", "Cửa khẩu Hữu Nghị", "Quy hoạch tỉnh Lạng Sơn ..."), unlike "Kế hoạch phát triển kinh tế -
     * xã hội năm 2024" or "Chương trình xây dựng nông thôn mới", which every year's documents repeat (a year is
     * no name).
     */
    static boolean named(Entity e) {
        String[] words = e.label().strip().split("\\s+");
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            boolean year = YEAR.matcher(w).matches();
            if (!w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || !year && w.chars().anyMatch(Character::isDigit))) {
                return true;
            }
        }
        return false;
    }

    static boolean sameThing(Entity a, Entity b) {
        return sameThing(a, Fold.ascii(a.label()), b, Fold.ascii(b.label()));
    }

    /** As {@link #sameThing(Entity, Entity)}, with the labels already {@link Fold#ascii folded} ({@code x}, {@code y}). */
    static boolean sameThing(Entity a, String x, Entity b, String y) {
        if (a.iri().equals(b.iri())) {
            return true;
        }
        if (!a.category().equals(b.category())) {
            return false;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        int words = shorter.split(" ").length;
        double need = words >= 4 ? 0.6 : 0.8;
        return words >= 2 && (" " + longer + " ").contains(" " + shorter + " ") && shorter.length() >= need * longer.length();
    }
}
