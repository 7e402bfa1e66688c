package org.lskg.document;

import java.util.List;
import java.util.Optional;

/**
 * The signature block: authority lines such as "TM. ỦY BAN NHÂN DÂN" and "KT. CHỦ TỊCH", the signer's
 * position and name.
 *
 * @param authorities the authority lines in order, each with its prefix
 * @param position    the signer's own position ("PHÓ CHỦ TỊCH"), as printed
 * @param signer      the signer's name, absent when the copy carries none
 */
public record Signature(List<Authority> authorities, Optional<String> position, Optional<String> signer) {

    /** Signing authority prefixes of NĐ 30/2020, Điều 13. */
    public enum Prefix {
        TM("thay mặt"), KT("ký thay"), TL("thừa lệnh"), TUQ("thừa ủy quyền"), Q("quyền");

        private final String meaning;

        Prefix(String meaning) {
            this.meaning = meaning;
        }

        public String meaning() {
            return meaning;
        }
    }

    /** One authority line: "KT." + "CHỦ TỊCH". */
    public record Authority(Prefix prefix, String on) {
        @Override
        public String toString() {
            return prefix + ". " + on;
        }
    }

    public Signature {
        authorities = List.copyOf(authorities);
    }
}
