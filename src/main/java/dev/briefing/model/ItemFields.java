package dev.briefing.model;

import dev.briefing.yaml.FieldKey;
import dev.briefing.yaml.Fields;
import dev.briefing.yaml.MarkdownText;
import dev.briefing.yaml.Ref;
import dev.briefing.yaml.Section;
import java.time.LocalDate;
import java.util.List;

/**
 * The fields of items, each declared once with its name and type: {@link Kind}'s schemas are made of
 * these keys, and code reads an item's fields only through them ({@code item.fields().get(ISSUED)} is a
 * {@code LocalDate}). A name means one thing in every kind that has it: {@code date} is a date in a brief,
 * an incident, a source and a change alike.
 */
public final class ItemFields {
    private ItemFields() {
    }

    // Every kind, or most.
    public static final FieldKey<String> ID = FieldKey.id("id");
    public static final FieldKey<String> TITLE = FieldKey.line("title");
    public static final FieldKey<String> NAME = FieldKey.line("name");
    public static final FieldKey<String> SUMMARY = FieldKey.line("summary");
    public static final FieldKey<MarkdownText> BODY = FieldKey.markdown("body");
    public static final FieldKey<LocalDate> DATE = FieldKey.date("date");
    public static final FieldKey<LocalDate> REVIEWED = FieldKey.date("reviewed");
    public static final FieldKey<Boolean> CRITICAL = FieldKey.bool("critical");
    public static final FieldKey<String> STATUS = FieldKey.choice("status");
    public static final FieldKey<Ref> REPLACED_BY = FieldKey.ref("replaced_by");
    public static final FieldKey<List<Ref>> SOURCES = FieldKey.refs("sources");
    public static final FieldKey<String> URL = FieldKey.url("url");

    // The change history, and each change in it.
    public static final FieldKey<List<Fields>> CHANGES = FieldKey.records("changes");
    public static final FieldKey<String> NOTE = FieldKey.line("note");
    public static final FieldKey<Boolean> CORRECTION = FieldKey.bool("correction");

    // Briefs and pages.
    public static final FieldKey<List<String>> TAGS = FieldKey.words("tags");
    public static final FieldKey<Boolean> DRAFT = FieldKey.bool("draft");
    public static final FieldKey<LocalDate> UPDATED = FieldKey.date("updated");
    public static final FieldKey<List<String>> ADVICE = FieldKey.words("advice");
    public static final FieldKey<Boolean> HANDOUT = FieldKey.bool("handout");

    // Links to entities of each kind.
    public static final FieldKey<List<Ref>> THREATS = FieldKey.refs("threats");
    public static final FieldKey<List<Ref>> TARGETS = FieldKey.refs("targets");
    public static final FieldKey<List<Ref>> DRIVERS = FieldKey.refs("drivers");
    public static final FieldKey<List<Ref>> INDICATORS = FieldKey.refs("indicators");
    public static final FieldKey<List<Ref>> EVENTS = FieldKey.refs("events");
    public static final FieldKey<List<Ref>> INCIDENTS = FieldKey.refs("incidents");
    public static final FieldKey<List<Ref>> ADVISORIES = FieldKey.refs("advisories");
    public static final FieldKey<List<Ref>> AGENCIES = FieldKey.refs("agencies");
    public static final FieldKey<List<Ref>> RESOURCES = FieldKey.refs("resources");

    // Warning behaviors.
    public static final FieldKey<MarkdownText> NOT_CONCERNING = FieldKey.markdown("not_concerning");

    // Events and incidents.
    public static final FieldKey<LocalDate> START = FieldKey.date("start");
    public static final FieldKey<LocalDate> END = FieldKey.date("end");
    public static final FieldKey<String> PLACE = FieldKey.line("place");
    public static final FieldKey<String> DESIGNATION = FieldKey.line("designation");
    public static final FieldKey<String> DATE_PRECISION = FieldKey.choice("date_precision");

    // Advisories.
    public static final FieldKey<String> LEVEL = FieldKey.choice("level");
    public static final FieldKey<LocalDate> ISSUED = FieldKey.date("issued");
    public static final FieldKey<LocalDate> EXPIRES = FieldKey.date("expires");
    public static final FieldKey<Ref> SUPERSEDES = FieldKey.ref("supersedes");
    public static final FieldKey<List<Section>> SECTIONS = FieldKey.sections("sections");
    public static final FieldKey<String> AREA = FieldKey.line("area");

    // Agencies, resources and glossary terms.
    public static final FieldKey<String> ABBREVIATION = FieldKey.line("abbreviation");
    public static final FieldKey<String> PHONE = FieldKey.phone("phone");
    public static final FieldKey<List<String>> AUDIENCE = FieldKey.words("audience");
    public static final FieldKey<List<String>> ALIASES = FieldKey.words("aliases");

    // Ways to report (channels).
    public static final FieldKey<String> WHEN = FieldKey.line("when");
    public static final FieldKey<String> TEL = FieldKey.tel("tel");
    public static final FieldKey<String> SMS = FieldKey.tel("sms");
    public static final FieldKey<String> TTY = FieldKey.tel("tty");
    public static final FieldKey<String> EMAIL = FieldKey.line("email");
    public static final FieldKey<String> HOW = FieldKey.line("how");
    public static final FieldKey<String> HOURS = FieldKey.line("hours");
    public static final FieldKey<String> LANGUAGES = FieldKey.line("languages");
    public static final FieldKey<Boolean> ANONYMOUS = FieldKey.bool("anonymous");
    public static final FieldKey<String> JURISDICTION = FieldKey.line("jurisdiction");
    public static final FieldKey<LocalDate> VERIFIED = FieldKey.date("verified");
    public static final FieldKey<Ref> VERIFIED_AT = FieldKey.ref("verified_at");

    // Sources.
    public static final FieldKey<String> PUBLISHER = FieldKey.line("publisher");
    public static final FieldKey<String> TYPE = FieldKey.choice("type");
    public static final FieldKey<LocalDate> ACCESSED = FieldKey.date("accessed");
    public static final FieldKey<String> COPY = FieldKey.url("copy");
    public static final FieldKey<String> LANGUAGE = FieldKey.line("language");

    // Translations.
    public static final FieldKey<String> TRANSLATES = FieldKey.line("translates");
    public static final FieldKey<String> TRANSLATION = FieldKey.choice("translation");
    public static final FieldKey<LocalDate> SOURCE_UPDATED = FieldKey.date("source_updated");
}
