package dev.briefing.render;

import dev.briefing.model.Messages;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.util.List;

/**
 * Templates' {@code msg("key", arguments…)}: the message of the page's language with its
 * arguments in their places. A message is plain text, escaped like any value; an argument that
 * is markup the template made (a link, a date's {@code <time>}, captured with {@code <#local>} or
 * the macros' {@code link()} and {@code time()}) goes in as markup, and the whole is then markup.
 */
final class MessageFunction implements freemarker.template.TemplateMethodModelEx {
    private final Messages messages;

    MessageFunction(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty() || !(arguments.get(0) instanceof TemplateScalarModel key)) {
            throw new TemplateModelException("msg() takes a message's key, then its arguments: msg(\"pager.position\", 2, 5)");
        }
        Object[] args = new Object[arguments.size() - 1];
        boolean[] raw = new boolean[args.length];
        boolean markup = false;
        for (int i = 0; i < args.length; i++) {
            TemplateModel a = (TemplateModel) arguments.get(i + 1);
            if (a instanceof TemplateHTMLOutputModel html) {
                args[i] = HTMLOutputFormat.INSTANCE.getMarkupString(html);
                raw[i] = markup = true;
            } else if (a instanceof TemplateNumberModel n) {
                args[i] = n.getAsNumber();
            } else if (a instanceof TemplateScalarModel s) {
                args[i] = s.getAsString();
            } else {
                throw new TemplateModelException("msg(\"" + key.getAsString() + "\", …) takes text, numbers and markup as arguments;"
                        + " argument " + (i + 1) + " is none of them");
            }
        }
        String name = key.getAsString();
        if (!messages.has(name)) {
            throw new TemplateModelException("there is no message '" + name + "' in templates/messages/" + messages.language()
                    + ".properties");
        }
        if (!markup) return new SimpleScalar(messages.text(name, args));
        return HTMLOutputFormat.INSTANCE.fromMarkup(messages.markup(name, args, raw, HTMLOutputFormat.INSTANCE::escapePlainText));
    }
}
