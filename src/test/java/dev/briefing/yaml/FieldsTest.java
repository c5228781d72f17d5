package dev.briefing.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Pos;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading bound fields through their keys: absent values, positions, references, overlays. */
class FieldsTest {
    private static final String PATH = "x.yaml";
    private static final FieldKey<String> ID = FieldKey.id("id");
    private static final FieldKey<LocalDate> ISSUED = FieldKey.date("issued");
    private static final FieldKey<String> NOTE = FieldKey.line("note");
    private static final FieldKey<Boolean> DRAFT = FieldKey.bool("draft");
    private static final FieldKey<List<String>> TAGS = FieldKey.words("tags");
    private static final FieldKey<Ref> SUPERSEDES = FieldKey.ref("supersedes");
    private static final FieldKey<List<Ref>> THREATS = FieldKey.refs("threats");
    private static final FieldKey<Fields> PUBLISHER = FieldKey.group("publisher");
    private static final FieldKey<String> NAME = FieldKey.line("name");
    private static final FieldKey<NamedValues<String>> LABELS = FieldKey.textMap("labels");
    private static final Schema SCHEMA = new Schema("thing", List.of(
            Field.required(ID, "Its id."),
            Field.optional(ISSUED, "When."),
            Field.optional(NOTE, "A note."),
            Field.optional(DRAFT, "Not yet."),
            Field.optional(TAGS, "Tags."),
            Field.ref(SUPERSEDES, "thing", "What it replaces."),
            Field.refs(THREATS, "threat", "Threats."),
            Field.group(PUBLISHER, false, "Who.", Field.required(NAME, "Their name.")),
            Field.optional(LABELS, "Names.")));

    private static Fields bind(String yaml) {
        Diagnostics diags = new Diagnostics();
        return YamlLoader.compose(yaml, PATH, 1, diags)
                .flatMap(n -> new Binder(PATH, 1, yaml, diags).bindPartly(n, SCHEMA)).orElseThrow();
    }

    @Test
    void valuesHaveTheirKeysTypes() {
        Fields f = bind("id: a\nissued: 2024-09-13\ndraft: true\ntags: [x, y]\nsupersedes: b\nthreats: [c, d]\n"
                + "publisher:\n  name: P\nlabels:\n  incident.place: Location\n");
        LocalDate issued = f.get(ISSUED);
        assertEquals(LocalDate.of(2024, 9, 13), issued);
        assertTrue(f.get(DRAFT));
        assertEquals(List.of("x", "y"), f.get(TAGS));
        assertEquals("b", f.get(SUPERSEDES).id());
        assertEquals("P", f.get(PUBLISHER).get(NAME));
        assertEquals(Map.of("incident.place", "Location"), f.get(LABELS).values());
        assertEquals(List.of(new Ref("b", new Pos(PATH, 5, 13))), f.refsIn(SUPERSEDES));
        assertEquals(List.of("c", "d"), f.refsIn(THREATS).stream().map(Ref::id).toList());
        assertEquals(List.of(), f.refsIn(TAGS), "a field of words names no ids");
        assertEquals(new Pos(PATH, 8, 9), f.positionsByPath().get("publisher.name"));
        assertEquals(new Pos(PATH, 10, 3), f.positionsByPath().get("labels.incident.place"));
    }

    @Test
    void anAbsentFieldIsEmptyFalseOrNullAndPlacedAtItsMapping() {
        Fields f = bind("id: a\n");
        assertEquals(List.of(), f.get(TAGS));
        assertFalse(f.get(DRAFT));
        assertNull(f.get(ISSUED));
        assertEquals(Optional.empty(), f.find(ISSUED));
        assertEquals(Map.of(), f.get(LABELS).values());
        assertFalse(f.has(TAGS));
        assertEquals(f.pos(), f.posOf(ISSUED));
    }

    @Test
    void aRefusedValueWasWrittenButHasNoValue() {
        Fields f = bind("id: a\nissued: 2024-13-01\n");
        assertFalse(f.has(ISSUED));
        assertTrue(f.written(ISSUED));
        assertEquals(new Pos(PATH, 2, 9), f.posOf(ISSUED));
        assertFalse(f.written(NOTE));
    }

    @Test
    void anOverlayReplacesFieldsAndPositionsExceptTheKeptOne() {
        Fields source = bind("id: a\nnote: Source.\ntags: [x]\n");
        Fields translation = bind("\nid: b\nnote: Traducción.\n");
        Fields merged = source.overlaid(translation, ID);
        assertEquals("a", merged.get(ID));
        assertEquals(new Pos(PATH, 1, 5), merged.posOf(ID));
        assertEquals("Traducción.", merged.get(NOTE));
        assertEquals(new Pos(PATH, 3, 7), merged.posOf(NOTE));
        assertEquals(List.of("x"), merged.get(TAGS));
    }

    @Test
    void aFieldThatCannotBeBoundIsRefusedWhenDeclared() {
        assertThrows(IllegalArgumentException.class, () -> new Field(THREATS, false, null, List.of(), "No kind.", null, false, false),
                "a list of ids names the kind of entry they must name");
        assertThrows(IllegalArgumentException.class, () -> new Field(PUBLISHER, false, null, List.of(), "No fields.", null, false, false),
                "a group has fields of its own");
    }
}
