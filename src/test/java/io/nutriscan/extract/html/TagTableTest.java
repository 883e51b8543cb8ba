package io.nutriscan.extract.html;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One lookup of a name in the page's bytes, any case, gives what it is to the tree builder and to a reader. */
class TagTableTest {

    private static int slot(String name) {
        byte[] bytes = ("<" + name + ">").getBytes(StandardCharsets.UTF_8);
        return TagTable.slot(bytes, 1, bytes.length - 1);
    }

    @Test
    void everyNameAReaderTellsApartIsFoundInAnyCaseWithItsKind() {
        for (TagName name : TagName.values()) {
            if (name == TagName.OTHER) {
                continue;
            }
            assertEquals(name, TagTable.name(slot(name.markup())), name.markup());
            assertEquals(name, TagTable.name(slot(name.markup().toUpperCase(java.util.Locale.ROOT))), name.markup());
        }
        assertEquals(TagKind.ANCHOR, TagTable.kind(slot("a")));
        assertEquals(TagKind.DECLINED, TagTable.kind(slot("Tr")));
        assertEquals(TagKind.OTHER, TagTable.kind(slot("span")));
        assertEquals(TagKind.DIV, TagTable.kind(slot("DIV")));
    }

    @Test
    void namesKnownOnlyByTheirKindAreOtherNamesAndUnknownNamesAreOtherKinds() {
        assertEquals(TagName.OTHER, TagTable.name(slot("script")));
        assertEquals(TagKind.RAW_TEXT, TagTable.kind(slot("SCRIPT")));
        assertEquals(TagKind.FORMATTING, TagTable.kind(slot("b")));
        assertEquals(-1, slot("spans"));
        assertEquals(TagKind.OTHER, TagTable.kind(slot("custom-element")));
        assertEquals(TagName.OTHER, TagTable.name(slot("sp")));
        // Non-ASCII bytes are no name's: "ѕрап" in Cyrillic is not "span".
        assertEquals(-1, slot("ѕрап"));
    }

    @Test
    void aNameIsLowerCasedAsARawTextEndTagIsLookedFor() {
        byte[] page = "<SCRIPT>".getBytes(StandardCharsets.US_ASCII);
        assertEquals("script", TagTable.lowerCaseName(page, 1, 7));
    }

    @Test
    void aTablesOwnElementsArePartsOfItAndNothingElseIs() {
        for (String part : "table caption colgroup col tbody thead tfoot tr td th".split(" ")) {
            assertTrue(TagTable.name(slot(part)).tablePart(), part);
        }
        for (TagName other : new TagName[] {TagName.OTHER, TagName.A, TagName.P, TagName.BR, TagName.SPAN, TagName.SVG,
                TagName.DIV, TagName.H1}) {
            assertFalse(other.tablePart(), other.name());
        }
    }
}
