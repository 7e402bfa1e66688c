package org.lskg.extract;

import org.lskg.text.Casing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.lskg.extract.Patterns.AFTER;
import static org.lskg.extract.Patterns.BEFORE;
import static org.lskg.extract.Patterns.PLACE_NAME;
import static org.lskg.extract.Patterns.UNIT_NAME;

/**
 * Places and border gates. Administrative units are named by their level and a capitalised name
 * ("tỉnh Lạng Sơn", "thị trấn Đồng Mỏ"), also in lists ("các huyện: Văn Lãng, Chi Lăng"). Border gates
 * by "cửa khẩu [quốc tế|chính|phụ] X [- counterpart]", lists ("các cửa khẩu phụ Tân Thanh, Cốc Nam"),
 * the international railway station, and crossings at border markers ("lối thông quan ... khu vực mốc
 * 1088/2-1089", "tuyến đường chuyên dụng ... khu vực mốc 1119-1120").
 */
final class PlaceRules {

    private static final String UNIT_ANY_CASE = "(" + Patterns.UNIT_ANY_CASE + ")";
    private static final Pattern UNIT_PLACE = Pattern.compile(BEFORE + UNIT_ANY_CASE + "\\s+(" + UNIT_NAME + ")" + AFTER);
    /** "các huyện: Văn Lãng, Chi Lăng", "Huyện: Văn Lãng, Chi Lăng", "các xã Gia Phú, Bảo Thắng": a plural or a colon. */
    private static final Pattern UNIT_LIST = Pattern.compile(BEFORE + "(?:các\\s+" + UNIT_ANY_CASE + "\\s*:?|" + UNIT_ANY_CASE
            + "\\s*:)\\s*(" + UNIT_NAME + "(?:\\s*,\\s*" + UNIT_NAME + ")+(?:\\s*(?:,\\s*)?và\\s+" + UNIT_NAME + ")?)");
    private static final Pattern LIST_ITEM = Pattern.compile(UNIT_NAME);

    private static final Pattern GATE = Pattern.compile(BEFORE + "(?<!kinh tế )[Cc]ửa khẩu(\\s+(?:quốc tế|chính|phụ|song phương))?\\s+("
            + PLACE_NAME + ")(?:\\s*-\\s*(" + PLACE_NAME + "))?" + AFTER);
    private static final Pattern GATE_LIST = Pattern.compile(BEFORE + "các cửa khẩu(\\s+(?:quốc tế|chính|phụ))?\\s+("
            + PLACE_NAME + "(?:\\s*,\\s*" + PLACE_NAME + ")+(?:\\s*(?:,\\s*)?và\\s+" + PLACE_NAME + ")?)");
    private static final Pattern STATION = Pattern.compile(BEFORE + "[Gg]a đường sắt quốc tế\\s+(" + PLACE_NAME + ")" + AFTER);
    private static final Pattern MARKER = Pattern.compile(BEFORE
            + "(?:([Tt]uyến đường chuyên dụng vận chuyển hàng hóa)\\s+|([Ll]ối thông quan(?:\\s+hàng hóa)?)"
            + "(?:\\s*\\(đa công năng\\))?(?:\\s+tại)?\\s+)?khu vực mốc\\s*(\\d+(?:/\\d+)?)\\s*/?\\s*-\\s*(\\d+)" + AFTER);

    void find(Context ctx) {
        String t = ctx.text();
        Matcher m = UNIT_PLACE.matcher(t);
        while (m.find()) {
            if (Context.cutShort(m.group(1), m.group(2))) continue;
            ctx.add(m.start(), m.end(), EntityCategory.PLACE, Context.placeLabel(m.group(1), m.group(2)));
        }
        m = UNIT_LIST.matcher(t);
        while (m.find()) {
            String unit = m.group(1) != null ? m.group(1) : m.group(2);
            Matcher item = LIST_ITEM.matcher(ctx.text()).region(m.start(3), m.end(3));
            while (item.find()) {
                ctx.add(item.start(), item.end(), EntityCategory.PLACE, Context.placeLabel(unit, item.group()));
            }
        }
        m = GATE.matcher(t);
        while (m.find()) {
            ctx.add(m.start(), m.end(), EntityCategory.BORDER_GATE, gateLabel(m.group(2)));
        }
        m = GATE_LIST.matcher(t);
        while (m.find()) {
            items(ctx, m.start(2), m.end(2), EntityCategory.BORDER_GATE, "Cửa khẩu ");
        }
        m = STATION.matcher(t);
        while (m.find()) {
            ctx.add(m.start(), m.end(), EntityCategory.BORDER_GATE, "Ga đường sắt quốc tế " + m.group(1));
        }
        m = MARKER.matcher(t);
        while (m.find()) {
            String markers = m.group(3) + "-" + m.group(4);
            String kind = m.group(1) != null ? "Tuyến đường chuyên dụng vận chuyển hàng hóa"
                    : m.group(2) != null ? Casing.capitalizeFirst(m.group(2)) : "Lối thông quan";
            ctx.add(m.start(), m.end(), EntityCategory.BORDER_GATE, kind + " khu vực mốc " + markers);
        }
    }

    /**
     * "Cửa khẩu Hữu Nghị": the level (quốc tế, chính, phụ) stays in the surface form and the gazetteer,
     * not in the label, because it changes as gates are upgraded while the gate stays the same thing; the
     * counterpart across the border stays in the surface form too.
     */
    private static String gateLabel(String name) {
        return "Cửa khẩu " + name;
    }

    /** One mention per item of a comma list, each labelled {@code prefix + item}. */
    private static void items(Context ctx, int from, int to, EntityCategory c, String prefix) {
        Matcher item = LIST_ITEM.matcher(ctx.text()).region(from, to);
        while (item.find()) {
            ctx.add(item.start(), item.end(), c, prefix + item.group());
        }
    }
}
