package dev.briefing.diag;

/**
 * Every diagnostic has a stable code. Codes are never renumbered or reused, so editors and CI
 * can search for them; the handbook lists each with its explanation.
 */
public enum Code {
    BRF001("cannot read a file", "A file under content/ or templates/ could not be read."),
    BRF002("not UTF-8", "Source files must be UTF-8 text. Re-save the file as UTF-8."),
    BRF003("link outside the source folder", "A symbolic link under content/ or templates/ points outside the source folder; it is not followed."),
    BRF004("no content folder", "The source folder has no content/ folder to build."),
    BRF005("bad file name", "File names of briefs and pages become URLs: use lowercase letters, digits and hyphens."),
    BRF006("file too large", "A source file is larger than the generator accepts."),
    BRF007("hidden character", "A bidirectional control or invisible character (the 'Trojan Source' class, CVE-2021-42574) makes"
            + " text display differently from what it says; delete it."),
    BRF010("front matter", "A brief or page must start with YAML front matter between two '---' lines."),
    BRF011("YAML syntax", "A front matter or data file is not valid YAML. The message names the cause at the line to change"
            + " (most often a tab, a field indented unlike the ones beside it, a ': ' or a quote inside text, a list item after"
            + " '[]', or a missing '-' or ':') and the hint says how to fix it."),
    BRF108("folded list item", "A line that starts with '- ' is indented further than the list item above it, so YAML reads it"
            + " as more of that item's text (\"polling-places - election-officials\") instead of an item of its own, and says"
            + " nothing. Put each '-' of a list straight under the one above it."),
    BRF012("YAML limit", "The YAML uses too many aliases or nests too deeply; such files are refused to keep builds bounded."),
    BRF013("YAML tag", "Explicit YAML tags such as !!javax.script.ScriptEngineManager are not allowed."),
    BRF014("duplicate key", "A field is given twice in one entry or front matter; only one value can count. When the"
            + " first field of a list entry comes again, the entry after it lacks its '-'."),
    BRF015("unknown field", "The field is not part of this schema; check the spelling."),
    BRF016("missing field", "A required field is missing, or written with nothing after it."),
    BRF017("wrong type", "The value has the wrong shape, for example a list where text is expected."),
    BRF018("bad date", "Dates are written YYYY-MM-DD, for example 2024-09-13."),
    BRF019("bad value", "The value is not one of the allowed values."),
    BRF020("unsafe URL", "URLs may use http, https, mailto or tel, or be site-relative; javascript:, data: and other schemes are refused."),
    BRF021("bad id", "Ids and slugs are lowercase letters, digits and single hyphens, such as polling-places."),
    BRF030("unknown reference", "The id does not exist in any data file, brief or page."),
    BRF031("wrong kind", "The id exists but is of another kind than the field or link expects."),
    BRF032("duplicate id", "Two entries use the same id; ids are unique across the whole site."),
    BRF033("unknown link kind", "Wiki links are written [[kind:id]] with a known kind, such as brief, page, threat or cite."),
    BRF034("URL collision", "Two sources would be written to the same output URL."),
    BRF109("duplicate title", "Two briefs, or two pages, in the same language have the same title (case and spacing aside):"
            + " readers see two links that read alike in lists and search, and cannot tell which is which."),
    BRF035("supersedes cycle", "Advisories that supersede each other in a circle cannot be ordered."),
    BRF036("advisory dates", "An advisory must expire after it is issued."),
    BRF037("advisory expiring", "The advisory in force expires soon: when its issuer publishes a successor, add it; if none comes,"
            + " the site shows the advisory as expired from the day after. A reminder: --strict leaves it a warning, so publishing"
            + " goes on meanwhile."),
    BRF165("advisory already expired", "The newest advisory listed had expired by the day the advisories were last checked"
            + " (or, unchecked, by the build's day), so every page shows it as expired and none in force. Right for a"
            + " record of a past advisory; if it is current on the official page, correct its `expires`. A note: neither the"
            + " build nor --strict stops for it."),
    BRF038("review overdue", "The entry has not been reviewed within the review period set in site.yaml."),
    BRF039("broken Markdown link", "A relative link to a .md file points to a file that is not a brief or page."),
    BRF040("raw HTML", "Raw HTML in Markdown is never passed through; it is shown as text. The hint gives the Markdown"
            + " that does the same, such as `**bold**` for `<b>`."),
    BRF041("Markdown limit", "The Markdown is too large or nests too deeply to render safely."),
    BRF042("unsafe link", "A Markdown link or image uses a scheme other than http, https, mailto or tel."),
    BRF043("malformed link", "Almost a wiki link: a capitalised kind, spaces inside the brackets, a missing bracket, or single"
            + " brackets around kind:id; a footnote [^label] with no definition; or a Markdown link whose address has a"
            + " space, `[the guide](/docs/Poll Worker Guide.pdf)`, where each space is written `%20`. It would be published as plain text;"
            + " the hint shows the link as it should be."),
    BRF044("unused footnote", "A footnote is defined ([^label]: …) but no [^label] in the text refers to it, so it is not shown."),
    BRF050("template error", "A template failed while rendering a page."),
    BRF051("template missing", "A template the build needs is missing or cannot be parsed."),
    BRF060("output error", "The output folder could not be written."),
    BRF061("broken internal link", "A generated page links to a file the build does not produce. A link written in content is"
            + " reported where it is written, with how to write it: files to link live in content/static/, the site's top"
            + " folder, and briefs and pages are linked by their slug, as [[brief:slug]] and [[page:slug]]."),
    BRF062("broken anchor", "A generated link points to a #fragment that does not exist on its target page."),
    BRF063("unreachable page", "A generated page cannot be reached by following links from the home page."),
    BRF064("bad output folder", "The output folder must not be the source folder, contain it, or lie inside content/ or templates/."),
    /** Retired: nothing reports it (codes are never reused). */
    BRF065("retired", "No longer reported: a malformed --as-of or SOURCE_DATE_EPOCH is a usage error (exit status 2), checked"
            + " before any build. The code is kept so that it is never given to another problem."),
    BRF070("missing alt text", "Images need alt text describing them for readers who cannot see them."),
    BRF071("heading level skipped", "Headings should go down one level at a time (## then ###)."),
    BRF072("no sources", "A brief should cite at least one source."),
    BRF073("unreferenced entity", "Nothing links to this entity and it links to nothing, so readers cannot reach it from any"
            + " other page, only from its kind's index. An entity that names another (an incident its threat) is listed on that"
            + " one's page, and an advisory on /advisories/ and in the banner: neither is reported."),
    BRF074("long summary", "Summaries are shown in listings and feeds; keep them under 300 characters."),
    BRF075("hard to read", "The summary reads above grade 10 (Flesch-Kincaid); shorter sentences and words help."),
    BRF076("insecure link", "The link uses http: where https: is available."),
    BRF171("image by full address", "An image is given by a full address, most often on another site"
            + " (`![Map](https://maps.example.com/map.png)`): every reader's browser would fetch it from there, and that site"
            + " would see each visit, though the site tells readers it loads nothing from other sites; nor can the build check"
            + " that it is there. Save the image into content/static/ (`content/static/img/map.png`) and link it by its path on"
            + " the site, `![Map](/img/map.png)`. An error, in every build: the site's privacy page"
            + " says it loads nothing from other sites."),
    BRF077("future date", "The brief is dated after the as-of date and is not a draft, so it is not published yet: it is"
            + " published on its day. Still checked, its problems are notes; --strict leaves this a warning."),
    BRF078("placeholder", "Text that 'briefing init' or 'briefing new' wrote for the editors to replace is still in place: a 'TODO:',"
            + " the body's 'Say the most important thing first.', the address https://example.org/todo, the contact todo@example.org,"
            + " a new advisory's dates (it expires on the day it is issued), or a day only the editor knows, such as a new"
            + " incident's date, written \"TODO: 2026-12-06\"; or one an editor wrote, in a text or in a title, summary, name or"
            + " change note: TODO, TBD, FIXME or XXX in capitals, a lower-case 'todo:' that follows no other word, lorem ipsum."
            + " An error, so nothing unfinished is published;"
            + " check still renders and checks everything else."),
    BRF080("no publisher", "site.yaml must name who publishes the site (publisher: {name, url}); readers need to know who stands behind it."),
    BRF081("no contact", "site.yaml must say where readers send corrections and accessibility reports (contact: {email} or {url})."),
    BRF082("placeholder address", "base_url, or the publisher's or contact's address, is on a reserved domain (example.com, *.test, localhost …), so links point nowhere."
            + " Set the real address in site.yaml, with --base-url or BRIEFING_BASE_URL."),
    BRF083("advisory check stale", "The advisories were last checked against their official source longer ago than advisory_status.max_age_days;"
            + " every status statement says how old the check is. Check the live page and update advisory_status.checked."),
    BRF084("advisory status unbounded", "The site lists advisories but site.yaml's advisory_status does not record when they were last checked"
            + " against the official source, or an advisory is dated after that check; pages cannot say what is in force."),
    BRF085("source not dated", "A source has no 'accessed' date, so readers cannot tell when it was read for this site."),
    BRF086("update without a note", "'updated' moved but no entry of 'changes' has that date: say what changed."),
    BRF087("uncited paragraph", "A paragraph or list in a brief makes claims without a [[cite:…]] citation. Cite a source, or list the section's"
            + " heading under 'advice:' in the front matter if it gives advice rather than facts."),
    BRF088("uncited quotation", "A sentence quotes a person or body (\"…\" with said, called, warned…) without a citation in the same paragraph."),
    BRF089("unknown advice heading", "An 'advice:' entry in the front matter names no heading of the text."),
    BRF090("large file", "A file in content/static/ is over 10 MB: every reader who opens it downloads that much, on a phone"
            + " plan too. Make it smaller (a compressed image, a shorter clip) or link to where it is hosted."),
    BRF091("file too large to publish", "A file in content/static/ is over 100 MB, which GitHub refuses (it warns from 50 MB),"
            + " so the site could not be pushed or published. Make it smaller or host it elsewhere and link to it."),
    BRF100("advisories not yet checked", "site.yaml's advisory_status names the official source but no 'checked' date: nobody has"
            + " compared the advisories with it yet, so every page says they are not yet checked and none says which is in force."
            + " Compare content/data/advisories.yaml with the official page, then write that day as advisory_status.checked."),
    BRF110("source type missing", "A source does not say what kind of source it is: type: official (a government agency's own page or"
            + " document), document (a report, study, law or court filing), news (a named news organisation, cited at its own"
            + " address) or secondary (an aggregator, rewrite, blog or repost). The sources page groups sources by type."),
    BRF111("secondary sources only", "A paragraph, list or data entry rests only on secondary sources (aggregators, rewrites,"
            + " reposts). Cite the original: the agency's own page, the report itself, or the news organisation that reported it."),
    BRF112("page hard to read", "The prose of a page (its paragraphs and list items, not headings, tables, code or citations) reads"
            + " harder than site.yaml's plain_language allows: by default at most Flesch–Kincaid grade 8 for advice sections and"
            + " critical pages and 10 for the rest; in Spanish, a Fernández-Huerta ease of at least 60 and 50. Texts under 100 words"
            + " are not judged. The warning points at the hardest paragraph."),
    BRF113("word to avoid", "The text uses a word or phrase that site.yaml's plain_language.avoid lists, with what to write instead."),
    BRF114("glossary term not linked", "A brief uses a glossary term (its name or one of its aliases) without linking it to the"
            + " glossary, [[term:id]], where it first uses it."),
    BRF115("accessibility statement", "The accessibility statement is generated from site.yaml's accessibility settings into the page"
            + " content/pages/accessibility.md: one is missing, the statement contradicts itself, or nobody has reviewed it yet"
            + " (no accessibility.reviewed date; a note, which stops no publish, as the statement then says so and claims nothing)."),
    BRF116("glossary alias shared", "Two glossary terms share a name or alias, so a brief's use of it cannot be linked to one of them."),
    BRF130("malformed phone number", "A reporting channel's tel, sms or tty must be a number a reader can dial without"
            + " guessing: 911, 988, 711, or the full number in E.164 form (+ then the country code and number, no spaces)."),
    BRF131("malformed phone link", "A tel: link must dial 911, 988, 711 or a full number with its country code"
            + " (tel:+1-800-555-0100); a number that might reach the wrong place is never published."),
    BRF132("channel not verified", "Nobody has confirmed the reporting channel's number or address on its official page within"
            + " channel_max_age_days (site.yaml, default 180): confirm it and update 'verified'. A channel never confirmed ('verified'"
            + " and 'verified_at' missing) is left out of How to report. Under --strict, an error."),
    BRF133("channel verified off the record", "A channel's 'verified_at' must name a source of type official: the agency's own"
            + " page, where the number or address was confirmed."),
    BRF134("channel without a way to reach it", "A reporting channel needs at least one of tel, sms, url, email or how."),
    BRF135("critical page without How to report", "The report page, advisories, warning behaviors and threats (and any page"
            + " marked critical) must show the How to report block, which starts with \"If someone is in immediate danger, call 911\"."
            + " A template that overrides one of them must keep <@m.howToReport/>."),
    BRF172("handout without the page's text", "A brief or page marked `handout: true` lists none of its sections under"
            + " `advice:`: its handout would hold the title, the summary, the How to report block and the QR code, but none of"
            + " the page's own text, since a handout prints only the sections (`##` headings) listed there. List the headings"
            + " of the sections to print, `advice: [\"What to do\"]` (they are then read as advice: exempt from citations,"
            + " held to the advice reading level); a text without headings needs one first. A resource's handout prints its"
            + " whole body and is never reported. A translation lists its own, translated headings: one that lists none of them"
            + " (it gives no `advice:`, so the source's headings are looked for in its text) prints none of its text either."),
    BRF136("handout longer than one page", "A handout must fit on one printed page. Shorten the summary or the advice"
            + " sections, or move a section out of 'advice:' so the handout leaves it out."),
    BRF137("character the handout font cannot draw", "Handouts are set in the bundled Open Sans, which has no glyph for this"
            + " character: it would print as an empty box. Write it another way (a word for a symbol). (A share card whose title"
            + " the font cannot draw is not made: the page shows the site's card.)"),
    BRF138("advisory not expressible in CAP", "Every advisory is also published as a CAP 1.2 alert for alerting systems,"
            + " which must say who issued it: cite the issuer's own page as a source with type: official, or record"
            + " advisory_status in site.yaml."),
    BRF166("time zone of the advisories' dates", "An advisory's issue and expiry dates are days, but its CAP alert must give"
            + " times: site.yaml's timezone (an IANA name such as America/New_York) says where those days start. Without it"
            + " they start at midnight UTC, the evening before in U.S. time zones, so an alerting system would show the"
            + " advisory before it was issued and drop it a day early. A name that is not a time zone is an error."),
    BRF107("advisory from another issuer", "site.yaml's advisory_status names the one official page the advisories are"
            + " checked against (DHS's NTAS page), and an advisory's level, its CAP alert (a terrorism advisory, with NTAS's"
            + " urgency, severity and certainty) and every \"last checked\" sentence are that system's. An advisory whose"
            + " official source is on another site (a sheriff's office, a state agency) would be published as one of DHS's:"
            + " write it as a brief that cites the issuer's own page instead, or point its official source at DHS's page if"
            + " DHS issued it."),
    BRF139("handout failed", "The PDF handout could not be made from the page; the message says why."),
    BRF150("languages setting", "site.yaml's languages list is wrong: a code that is not a language tag (es, pt-br), a"
            + " language given twice, both 'language' and 'languages' (a site with several languages lists them all under"
            + " 'languages', the default first), or the default language's menu, title, description, publisher or advisory"
            + " page's name given both at the top of site.yaml and in its entry (the entry would override it unseen)."),
    BRF151("undeclared language", "A translation file's name ends in a language code (x.es.md, threats.es.yaml) that"
            + " site.yaml's languages does not declare; fix the code or declare the language."),
    BRF152("translation without source", "A translation names a brief, page or entry that does not exist: x.es.md"
            + " translates x.md beside it, and each entry of threats.es.yaml translates the entry of threats.yaml with its id."),
    BRF153("field not translatable", "A translation gives only the text to translate (title or name, summary, bodies,"
            + " headings); ids, dates, levels and relations come from its source and are changed there."),
    BRF154("duplicate translation", "Two translations of the same item into one language: only one can be shown."),
    BRF155("critical translation missing", "An item marked critical (safety advice, how to report), an advisory or a way"
            + " to report (channels) has no translation into a language site.yaml marks required. Write it with `briefing new --lang CODE`."),
    BRF169("site title not translated", "A language after the first gives no `title` (or no `description`, no"
            + " `navigation` or no `advisory_status: {name}`, where the site has one) of its own in site.yaml's languages: every page in it would be headed by"
            + " the site's name and menu in the default language (marked as that language). Add them to the language's entry,"
            + " written in that language; its navigation lists the default language's links, in the same order. Likewise a"
            + " name site.yaml's `labels` gives a word (a tag) in several words, \"Election day\": every language shows it"
            + " until it names it under its code, `labels: {es: {brief.tags.election-day: …}}`."),
    BRF174("numbers differ in a critical translation", "A translation of a critical item (how to report, an advisory, a"
            + " way to report, safety advice) has a number its source does not, or lacks one its source has: a phone number,"
            + " street number, year or sum of three digits or more, compared whatever separates its groups (970-244-3500,"
            + " 970.244.3500); or, where it gives times of day in digits, lacks one its source gives (\"7 p.m.\", \"19:00\","
            + " \"7 p. m.\" and \"7 de la tarde\" are the same time). A reader would call or go to the wrong one, or at the wrong"
            + " hour. Copy the number from the source, in digits."),
    BRF173("named like a translation", "A brief or page is named as a translation of another, with a hyphen where the dot"
            + " goes (about-es.md beside about.md): it is published as a page of its own in the default language, listed with the"
            + " others, and the page it seems to translate stays untranslated. A translation's name has its language code"
            + " between dots: about.es.md."),
    BRF170("translation not translated", "A translation has a field or paragraph of six words or more in the same words"
            + " as its source, such as what `briefing new --lang` wrote with only its `TODO: translate:` markers deleted: it"
            + " would be published as that language in the default language's words. Translate it, or delete the translation"
            + " file so that readers are shown the default language's page, marked as such. An error for a critical item in a"
            + " required language, else a warning; its status is `untranslated`, never current."),
    BRF156("translation stale", "The source of a critical translation changed after the translation was written (its"
            + " `translates:` digest differs), on a day the source dates: readers of that language are told so, and linked to"
            + " the source, but may act on old advice. Update the translation, then record the new digest with `briefing"
            + " translations --mark FILE`. A reminder: --strict leaves it a warning for translations.max_stale_days, so that an"
            + " urgent correction to the source is not held back by its translations; then it is an error (BRF157)."),
    BRF175("translation stale since an undated change", "The source of a critical translation changed after the translation"
            + " was written, but the source dates no change since the version the translation records (`source_updated:`):"
            + " how long the translation has been stale is not known, so it is never an error for being stale too long, and"
            + " --strict refuses it. Date the change with a change note (and, for a brief, its `updated` date), or update the"
            + " translation and mark it."),
    BRF157("translation stale too long", "A critical translation has been stale for longer than site.yaml's"
            + " translations.max_stale_days (7 by default): the site is not published until it is updated."),
    BRF168("critical translation missing in an optional language", "An item marked critical (safety advice, how to report,"
            + " advisories) has no translation into a language site.yaml declares without `required: true`: that language's"
            + " readers are shown it in the default language, marked as such. Write it with `briefing new --lang CODE`, or"
            + " mark the language required to make this an error."),
    BRF158("translation not marked", "A translation does not record which version of its source it translates"
            + " (`translates:`), so nobody can tell when it goes stale. Compare it with its source as it is now, update what"
            + " differs, then run `briefing translations --mark FILE`: marking records that it translates the source as it is"
            + " now, and takes away the stale notice readers see."),
    BRF106("navigation differs between languages", "A language's navigation in site.yaml translates the default language's:"
            + " the same links in the same order, each with its title in the language. Site paths are written as in the default"
            + " language (/briefs/), and the generator leads each to the language's page, or to the default language's page where"
            + " it is not translated; a link to another site may be that site's page in the language. A menu that differs would"
            + " hide sections from the readers of one language. Leave a language's navigation out to give it the default's."),
    BRF101("advisory check in the future", "site.yaml's advisory_status.checked is after the as-of date: every page would say"
            + " the advisories were checked on a day still to come. Write the day someone really compared them with the official page."
            + " A warning, so a build as of a past day (--as-of) still works; --strict, as the publish workflow builds, refuses it."),
    BRF167("date of work in the future", "A date that records something done is more than a day after the as-of date (the next"
            + " day is already today east of the site, and in the UTC init and new date by): a review (reviewed,"
            + " accessibility.reviewed), an update or a change note, a channel's confirmation (verified), a source's reading"
            + " (accessed) or publication (date), the day of an incident. The site would publish it as done (\"Reviewed 7 January"
            + " 2027\"). Write the day it was really done; most often the year is a typo. A brief's own date is not one: a brief"
            + " dated later is published on its day (BRF077). A warning, so a build as of a past day (--as-of) still works;"
            + " --strict, as the publish workflow builds, refuses it."),
    BRF160("missing message", "A language of the site has no text for one of the theme's messages (`templates/messages/<language>.properties`),"
            + " or no message file at all, so its pages would show another language's words. Add the message, translated;"
            + " the hint gives the English."),
    BRF161("unused message", "A message file gives a message the theme does not use: most often a misspelt key, which leaves the"
            + " theme's own words in place. Correct the key, or remove the line; a template of the site's own uses its messages"
            + " as msg(\"key\"), with the key written out."),
    BRF162("bad message", "A message is not a valid pattern: arguments are written {0}, {1}… and a brace that is text is quoted"
            + " ('{'). The date patterns (date.day, date.month, date.year) use java.time's letters: d for the day, MMMM for the"
            + " month's name, yyyy for the year, text in 'quotes'."),
    BRF163("message arguments differ", "A message uses other arguments than the theme's English one: a translation that leaves out"
            + " {1} leaves out what the theme puts there (a link, a date), and one that uses {3} where the English has three"
            + " arguments shows '{3}'. Use the same {0}, {1}… as the English, in any order."),
    BRF120("preview rebuild failed", "The preview could not finish a rebuild: a folder was removed or cannot be read, or a bug in"
            + " briefing. It keeps serving the last pages, shows the failure in their place, and builds everything again at the next change."),
    BRF066("external link failed", "briefing check --external could not fetch an external link, or it answered with an error status.");

    private final String title;
    private final String explanation;

    Code(String title, String explanation) {
        this.title = title;
        this.explanation = explanation;
    }

    public String title() {
        return title;
    }

    public String explanation() {
        return explanation;
    }

    /**
     * Whether this is a reminder of something the site's team cannot act on yet (an advisory about
     * to expire, whose successor only its issuer can publish; a brief dated later, which is published
     * on its day) or is given time to (a critical translation stale for fewer than max_stale_days days):
     * {@code --strict} leaves it a warning, since refusing it would block every publish, corrections
     * too, until the day comes.
     */
    public boolean reminder() {
        return this == BRF037 || this == BRF077 || this == BRF156;
    }
}
