package org.lskg.document;

import org.lskg.text.DateMention;

import java.util.List;
import java.util.Optional;

/**
 * What the header block (boxes 1 to 5 of Phụ lục I, NĐ 30/2020) says, before any inference.
 *
 * @param type          the type named by the title line, by the số/ký hiệu, or Công văn for a "V/v" letter
 * @param number        số/ký hiệu without spaces, absent when the number is blank
 * @param symbol        ký hiệu alone ("TB-UBND")
 * @param date          the date of the "địa danh, ngày ..." line
 * @param place         its địa danh
 * @param issuerLines   the issuer block, one entry per body (parent first), in running-text case
 * @param enactingBody  the body line under a resolution's title ("Hội đồng nhân dân tỉnh Lạng Sơn")
 * @param title         trích yếu
 * @param titleStart    offset of the trích yếu, or -1
 * @param titleEnd      offset after the trích yếu, or -1
 * @param bodyStartLine index of the first line of the body
 * @param addressees    "Kính gửi" entries
 */
record Header(DocumentType type, Optional<String> number, Optional<String> symbol, Optional<DateMention> date,
              Optional<String> place, List<String> issuerLines, Optional<String> enactingBody,
              Optional<String> title, int titleStart, int titleEnd, int bodyStartLine, List<String> addressees) {}
