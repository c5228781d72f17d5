package dev.briefing.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.briefing.model.Kind;
import dev.briefing.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The landscape as data (/data/): every file validates against its published schema with a real
 * validator (networknt, draft 2020-12), the schemas are valid schemas, the data holds exactly the
 * entities the site shows, and two builds give the same bytes.
 */
class LandscapeDataTest {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Map<String, byte[]> site;

    @BeforeAll
    static void build() {
        site = ShippedSite.build(ShippedSite.AS_OF);
    }

    private static String text(String path) {
        byte[] b = site.get(path);
        assertTrue(b != null, path + " is published");
        return new String(b, StandardCharsets.UTF_8);
    }

    private static List<String> dataFiles() {
        return site.keySet().stream().filter(p -> p.startsWith("data/") && p.endsWith(".json") && !p.startsWith("data/schema/")).toList();
    }

    private static String schemaOf(String dataPath) {
        return "data/schema/" + dataPath.substring("data/".length(), dataPath.length() - ".json".length()) + ".schema.json";
    }

    private static List<Error> validate(String schemaPath, String json) {
        Schema schema = REGISTRY.getSchema(text(schemaPath), InputFormat.JSON);
        return schema.validate(json, InputFormat.JSON);
    }

    @Test
    void everyKindHasADataFileAndASchemaAndTheLandscapeHasBoth() {
        Set<String> expected = new TreeSet<>(List.of("data/landscape.json"));
        Kind.entities().forEach(k -> expected.add("data/" + k.plural() + ".json"));
        assertEquals(expected, new TreeSet<>(dataFiles()));
        expected.forEach(p -> assertTrue(site.containsKey(schemaOf(p)), schemaOf(p)));
    }

    @Test
    void everySchemaIsAValidDraft202012Schema() {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (String path : dataFiles()) {
            String schema = text(schemaOf(path));
            assertEquals(List.of(), meta.validate(schema, InputFormat.JSON), schemaOf(path));
            assertTrue(schema.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""), schemaOf(path));
        }
    }

    @Test
    void everyDataFileValidatesAgainstItsPublishedSchema() throws Exception {
        for (String path : dataFiles()) {
            JsonNode data = JSON.readTree(text(path));
            assertEquals("https://briefing.example.org/" + schemaOf(path), data.get("$schema").asString(), path);
            assertEquals(ShippedSite.AS_OF.toString(), data.get("generated").asString());
            assertTrue(data.has("version") && data.has("license"), path);
            assertEquals(List.of(), validate(schemaOf(path), text(path)), path);
        }
    }

    @Test
    void theSchemasRefuseDataThatBreaksThem() throws Exception {
        ObjectNode data = (ObjectNode) JSON.readTree(text("data/threats.json"));
        ObjectNode first = (ObjectNode) data.get("items").get(0);
        first.remove("id");
        first.put("invented_field", "x");
        List<Error> errors = validate("data/schema/threats.schema.json", JSON.writeValueAsString(data));
        String messages = errors.toString();
        assertTrue(messages.contains("id") && messages.contains("invented_field"), messages);

        ObjectNode landscape = (ObjectNode) JSON.readTree(text("data/landscape.json"));
        ((ObjectNode) landscape.get("entities").get("targets").get(0)).put("status", "retired");
        assertFalse(validate("data/schema/landscape.schema.json", JSON.writeValueAsString(landscape)).isEmpty(),
                "status is one of the schema's values");
    }

    @Test
    void theDataHoldsExactlyTheEntitiesTheSiteShows() throws Exception {
        JsonNode entities = JSON.readTree(text("data/landscape.json")).get("entities");
        Set<String> inData = new TreeSet<>();
        for (Kind k : Kind.entities()) {
            for (JsonNode e : entities.get(k.plural())) {
                String id = e.get("id").asString();
                inData.add(k.singular() + ":" + id);
                String page = e.get("page").asString().substring("https://briefing.example.org/".length());
                if (k.anchored()) {
                    assertEquals(k.plural() + "/#" + id, page);
                    assertTrue(text(k.plural() + "/index.html").contains(" id=\"" + id + "\""), page);
                } else {
                    assertTrue(site.containsKey(page + "index.html"), page);
                }
            }
            // The per-kind file holds the same entries as the landscape.
            assertEquals(entities.get(k.plural()), JSON.readTree(text("data/" + k.plural() + ".json")).get("items"), k.plural());
        }
        Set<String> onSite = new TreeSet<>();
        Pattern entityPage = Pattern.compile("([a-z]+)/([a-z0-9-]+)/index\\.html");
        for (String path : site.keySet()) {
            Matcher m = entityPage.matcher(path);
            if (!m.matches() || m.group(2).equals("page")) continue;
            Kind.entities().stream().filter(k -> k.plural().equals(m.group(1))).findFirst()
                    .ifPresent(k -> onSite.add(k.singular() + ":" + m.group(2)));
        }
        for (Kind k : Kind.entities()) {
            if (!k.anchored()) continue;
            Matcher dt = Pattern.compile("<div class=\"entry\">\\s*<h[23] id=\"([a-z0-9-]+)\"").matcher(text(k.plural() + "/index.html"));
            while (dt.find()) onSite.add(k.singular() + ":" + dt.group(1));
        }
        assertFalse(onSite.isEmpty());
        assertEquals(onSite, inData);
    }

    /**
     * Walkthrough 5 of issue 26: an expired advisory was "status": "active" (its lifecycle), which a reader of the
     * data takes for in force; and the publisher's address was a site path, leading to another site once downloaded.
     */
    @Test
    void anAdvisorysStandingIsGivenAndThePublishersAddressIsAbsolute() throws Exception {
        JsonNode data = JSON.readTree(text("data/advisories.json"));
        JsonNode expired = find(data.get("items"), "ntas-bulletin-2023-05-24");
        assertEquals("expired", expired.get("standing").asText(), expired.toString());
        assertEquals("active", expired.get("status").asText(), "its lifecycle is its own field");
        String url = data.get("site").get("publisher").get("url").asText();
        assertTrue(url.startsWith("https://"), url);
    }

    /**
     * Walkthrough 7 of issue 26: /data/ explained only "status", which an expired advisory gives as "active". The page
     * names "standing" first, as the field that says whether an advisory is in force, with every value the schema allows.
     */
    @Test
    void theDataPageExplainsAnAdvisorysStandingBeforeItsStatus() throws Exception {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(text("data/index.html"));
        List<String> codes = page.select("p code").eachText();
        assertTrue(codes.contains("standing") && codes.indexOf("standing") < codes.indexOf("status"), codes.toString());
        org.jsoup.nodes.Element explained = page.select("p:has(code:containsOwn(standing))").first();
        assertTrue(explained.text().contains("in force"), explained.text());
        JsonNode allowed = JSON.readTree(text("data/schema/advisories.schema.json")).findValue("standing").get("enum");
        assertFalse(allowed.isEmpty());
        for (JsonNode value : allowed) {
            assertTrue(explained.select("code").eachText().contains(value.asString()), value + " in " + explained.text());
        }
    }

    @Test
    void relationshipsAreThereInBothDirections() throws Exception {
        JsonNode entities = JSON.readTree(text("data/landscape.json")).get("entities");
        JsonNode threat = find(entities.get("threats"), "election-violence");
        assertTrue(contains(threat.get("targets"), "polling-places"), threat.toString());
        JsonNode target = find(entities.get("targets"), "polling-places");
        assertTrue(contains(target.get("referenced_by").get("threat"), "election-violence"), target.toString());
    }

    @Test
    void twoBuildsPublishTheSameBytes() {
        Map<String, byte[]> again = ShippedSite.build(ShippedSite.AS_OF);
        for (String path : site.keySet()) {
            if (path.startsWith("data/")) assertArrayEquals(site.get(path), again.get(path), path);
        }
    }

    /**
     * site.yaml states no license, so no page says anything about reuse (as the README promises): no license
     * section and no advice to ask first on /data/, no "format and license" on the lists. With a license, both say it.
     */
    @Test
    void withoutALicenseNoPageSpeaksOfReuse(@TempDir Path dir) throws Exception {
        for (String path : site.keySet()) {
            if (!path.endsWith(".html")) continue;
            String page = text(path);
            assertFalse(page.contains("format and license") || page.contains("formato y la licencia") || page.contains("reusing")
                    || page.contains("id=\"license\"") || page.contains("format, license"), path);
        }
        TestSites.copyShippedSite(dir);
        Path yaml = dir.resolve("content/site.yaml");
        Files.writeString(yaml, Files.readString(yaml) + "\nlicense: CC-BY-4.0\n");
        Map<String, byte[]> licensed = ShippedSite.build(dir, ShippedSite.AS_OF);
        String data = new String(licensed.get("data/index.html"), StandardCharsets.UTF_8);
        assertTrue(data.contains("<h2 id=\"license\">License</h2>") && data.contains("The data is published under CC-BY-4.0."), data);
        assertTrue(new String(licensed.get("threats/index.html"), StandardCharsets.UTF_8).contains("for the format and license."));
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode e : list) if (e.get("id").asString().equals(id)) return e;
        throw new AssertionError("no " + id);
    }

    private static boolean contains(JsonNode list, String id) {
        if (list == null) return false;
        for (JsonNode e : list) if (e.asString().equals(id)) return true;
        return false;
    }
}
