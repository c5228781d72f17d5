package dev.briefing.model;

import dev.briefing.yaml.FieldKey;
import dev.briefing.yaml.Fields;
import dev.briefing.yaml.NamedValues;
import dev.briefing.yaml.NavLink;
import java.time.LocalDate;
import java.util.List;

/**
 * The settings of site.yaml, each declared once with its name and type: {@link SiteConfig#SCHEMA} is made
 * of these keys and {@link SiteConfig#from} reads the bound settings through them. A name means one thing
 * in every group that has it ({@code url} is a URL in publisher, contact and advisory_status alike).
 */
public final class SiteFields {
    private SiteFields() {
    }

    public static final FieldKey<String> TITLE = FieldKey.line("title");
    public static final FieldKey<String> DESCRIPTION = FieldKey.line("description");
    public static final FieldKey<String> BASE_URL = FieldKey.url("base_url");
    public static final FieldKey<String> LANGUAGE = FieldKey.line("language");
    public static final FieldKey<Integer> REVIEW_PERIOD_DAYS = FieldKey.integer("review_period_days");
    public static final FieldKey<List<NavLink>> NAVIGATION = FieldKey.links("navigation");
    public static final FieldKey<Boolean> PRETTY_URLS = FieldKey.bool("pretty_urls");
    public static final FieldKey<Integer> PAGE_SIZE = FieldKey.integer("page_size");
    public static final FieldKey<String> REPORT = FieldKey.url("report");
    public static final FieldKey<NamedValues<Object>> LABELS = FieldKey.labelMap("labels");
    public static final FieldKey<String> LICENSE = FieldKey.line("license");
    public static final FieldKey<Integer> CHANNEL_MAX_AGE_DAYS = FieldKey.integer("channel_max_age_days");
    public static final FieldKey<String> PAPER = FieldKey.choice("paper");
    public static final FieldKey<String> TIMEZONE = FieldKey.line("timezone");

    // Fields of several groups.
    public static final FieldKey<String> NAME = FieldKey.line("name");
    public static final FieldKey<String> ISSUER = FieldKey.line("issuer");
    public static final FieldKey<String> URL = FieldKey.url("url");

    // languages: [{code, name, required, title, description}]
    public static final FieldKey<List<Fields>> LANGUAGES = FieldKey.records("languages");
    public static final FieldKey<String> CODE = FieldKey.line("code");
    public static final FieldKey<Boolean> REQUIRED = FieldKey.bool("required");

    // translations: {max_stale_days, machine_notice}
    public static final FieldKey<Fields> TRANSLATIONS = FieldKey.group("translations");
    public static final FieldKey<Integer> MAX_STALE_DAYS = FieldKey.integer("max_stale_days");
    public static final FieldKey<Boolean> MACHINE_NOTICE = FieldKey.bool("machine_notice");

    // publisher: {name, url}; contact: {email, url}
    public static final FieldKey<Fields> PUBLISHER = FieldKey.group("publisher");
    public static final FieldKey<Fields> CONTACT = FieldKey.group("contact");
    public static final FieldKey<String> EMAIL = FieldKey.line("email");

    // advisory_status: {checked, url, name, max_age_days}
    public static final FieldKey<Fields> ADVISORY_STATUS = FieldKey.group("advisory_status");
    public static final FieldKey<LocalDate> CHECKED = FieldKey.date("checked");
    public static final FieldKey<Integer> MAX_AGE_DAYS = FieldKey.integer("max_age_days");

    // search: {synonyms}
    public static final FieldKey<Fields> SEARCH = FieldKey.group("search");
    public static final FieldKey<NamedValues<List<String>>> SYNONYMS = FieldKey.wordsMap("synonyms");

    // plain_language: {max_grade: {advice, background}, min_ease: {advice, background}, avoid}
    public static final FieldKey<Fields> PLAIN_LANGUAGE = FieldKey.group("plain_language");
    public static final FieldKey<Fields> MAX_GRADE = FieldKey.group("max_grade");
    public static final FieldKey<Fields> MIN_EASE = FieldKey.group("min_ease");
    public static final FieldKey<Integer> ADVICE = FieldKey.integer("advice");
    public static final FieldKey<Integer> BACKGROUND = FieldKey.integer("background");
    public static final FieldKey<NamedValues<String>> AVOID = FieldKey.textMap("avoid");

    // accessibility: {standard, compliance, exceptions: [{what, criterion, plan}], formats, reply_days, tested, reviewed}
    public static final FieldKey<Fields> ACCESSIBILITY = FieldKey.group("accessibility");
    public static final FieldKey<String> STANDARD = FieldKey.line("standard");
    public static final FieldKey<String> COMPLIANCE = FieldKey.choice("compliance");
    public static final FieldKey<List<Fields>> EXCEPTIONS = FieldKey.records("exceptions");
    public static final FieldKey<String> WHAT = FieldKey.line("what");
    public static final FieldKey<String> CRITERION = FieldKey.line("criterion");
    public static final FieldKey<String> PLAN = FieldKey.line("plan");
    public static final FieldKey<List<String>> FORMATS = FieldKey.words("formats");
    public static final FieldKey<Integer> REPLY_DAYS = FieldKey.integer("reply_days");
    public static final FieldKey<String> TESTED = FieldKey.line("tested");
    public static final FieldKey<LocalDate> REVIEWED = FieldKey.date("reviewed");
}
