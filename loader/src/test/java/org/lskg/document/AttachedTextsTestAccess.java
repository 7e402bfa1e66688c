package org.lskg.document;

/** The fragment of Quyết định 2820/QĐ-UBND for tests of other packages. */
public final class AttachedTextsTestAccess {
    private AttachedTextsTestAccess() {}

    public static final String QD_2820 = AttachedTextsTest.QD_2820;
}
