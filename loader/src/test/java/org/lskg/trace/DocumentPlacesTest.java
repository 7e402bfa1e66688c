package org.lskg.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Where {@link DocumentPlaces} reads the provinces a text names: at its unit words only, as a plain search would. */
class DocumentPlacesTest {

    private static final Pattern NAMED = Pattern.compile("\\b(?:tinh|thanh pho) (lang son|cao bang|ha noi|ha)\\b");

    @Test
    void findsWhatAPlainSearchFinds() {
        List<String> texts = List.of(
                "tinh lang son",
                "ubnd tinh lang son va thanh pho ha noi, tinh cao bang",
                "xtinh lang son thanh phox ha noi", // no word starts there
                "tinh tinh lang son tinh ha giang tinh ha", // a try that fails, then one inside the same run
                "thanh pho tinh lang son",
                "so lieu cua tinh ", "tinh", "", "thanh pho ha noi2 tinh cao bang");
        for (String text : texts) {
            List<String> plain = new ArrayList<>();
            Matcher m = NAMED.matcher(text);
            while (m.find()) {
                plain.add(m.group(1));
            }
            List<String> read = new ArrayList<>();
            DocumentPlaces.names(NAMED, text, read::add);
            assertEquals(plain, read, text);
        }
        List<String> read = new ArrayList<>();
        DocumentPlaces.names(NAMED, "ubnd tinh lang son va thanh pho ha noi, tinh cao bang", read::add);
        assertEquals(List.of("lang son", "ha noi", "cao bang"), read);
    }
}
