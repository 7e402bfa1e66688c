package org.lskg.document;

import java.util.Optional;

/**
 * The body that issued a document.
 *
 * @param name   full name with its locality, e.g. "Ủy ban nhân dân tỉnh Lạng Sơn"
 * @param parent the superior body printed above it in the header ("Ủy ban nhân dân tỉnh Lào Cai" above
 *               "Sở Nông nghiệp và Môi trường"), when printed
 * @param source where the name was read
 */
public record Issuer(String name, Optional<String> parent, Source source) {

    /** Where the issuer was read, from most to least direct. */
    public enum Source {
        /** The issuer block of the header. */
        HEADER,
        /** The enacting-body line under a resolution's title ("HỘI ĐỒNG NHÂN DÂN TỈNH ..."). */
        TITLE_BLOCK,
        /** The issuer code of the số/ký hiệu ("TB-VPCP"), expanded. */
        NUMBER_CODE,
        /** The "TM." line of the signature ("TM. ỦY BAN NHÂN DÂN"). */
        SIGNATURE
    }
}
