// SPDX-License-Identifier: GPL-2.0-or-later
#include "replies/ReplyRenderer.h"

#include <KTextTemplate/Context>
#include <KTextTemplate/Engine>
#include <KTextTemplate/Exception>
#include <KTextTemplate/FilterExpression>
#include <KTextTemplate/Parser>
#include <KTextTemplate/Template>
#include <KTextTemplate/Variable>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace abusedesk::replies {

namespace {

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReplyRenderer)
};

// The words of a tag's arguments, quoted strings kept whole (as KTextTemplate splits them).
QStringList words(const QString &text)
{
    static const QRegularExpression word(QStringLiteral(R"re("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s]+)re"));
    QStringList list;
    auto it = word.globalMatch(text);
    while (it.hasNext())
        list.append(it.next().captured(0));
    return list;
}

// The names a template binds while it runs: loop variables and "with" names, each bound to the
// placeholder path of what it stands for (a list's items are "path.*").
struct Scope
{
    QString tag; ///< the tag that closes it: "endfor", "endwith"
    QHash<QString, QString> names;
};

} // namespace

ReplyRenderer::ReplyRenderer(const QStringList &placeholders)
    : m_engine(std::make_unique<KTextTemplate::Engine>())
{
    // Every prefix of a known path is known too ("customer" of "customer.name").
    for (const QString &path : placeholders) {
        const QStringList parts = path.split(QLatin1Char('.'));
        for (qsizetype n = 1; n <= parts.size(); ++n)
            m_known.insert(parts.mid(0, n).join(QLatin1Char('.')));
    }
}

ReplyRenderer::~ReplyRenderer() = default;

QStringList ReplyRenderer::problemsOf(const QString &text, const QString &part) const
{
    QStringList problems;
    const KTextTemplate::Template parsed = m_engine->newTemplate(text, part);
    if (parsed->error() != KTextTemplate::NoError) {
        problems.append(Tr::tr("%1: %2").arg(part, parsed->errorString()));
        return problems;
    }
    // The expressions are parsed by KTextTemplate (FilterExpression, with this engine's filters);
    // only finding the tags in the text is done here, as KTextTemplate's lexer does.
    KTextTemplate::Parser parser({}, parsed.data());
    QList<Scope> scopes;
    static const QRegularExpression tag(QStringLiteral(R"(\{\{(.*?)\}\}|\{%(.*?)%\}|\{#.*?#\})"));
    static const QSet<QString> operators { QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("not"),
        QStringLiteral("in"), QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<"),
        QStringLiteral(">"), QStringLiteral("<="), QStringLiteral(">="), QStringLiteral("("),
        QStringLiteral(")") };

    qsizetype offset = 0;
    int line = 1;
    bool inComment = false;
    // The placeholder path an expression names, after the scopes' names are replaced; empty for
    // a constant.
    auto pathOf = [&scopes](const KTextTemplate::FilterExpression &e) -> QString {
        const KTextTemplate::Variable v = e.variable();
        if (!v.isValid() || v.isConstant())
            return {};
        QStringList lookups = v.lookups();
        if (lookups.isEmpty())
            return {};
        for (qsizetype i = scopes.size() - 1; i >= 0; --i) {
            const auto bound = scopes.at(i).names.constFind(lookups.first());
            if (bound != scopes.at(i).names.constEnd()) {
                lookups.replace(0, *bound);
                break;
            }
        }
        for (QString &l : lookups) {
            bool number = false;
            (void)l.toInt(&number);
            if (number)
                l = QStringLiteral("*");
        }
        return lookups.join(QLatin1Char('.'));
    };
    auto check = [&](const QString &expression) -> QString {
        try {
            const KTextTemplate::FilterExpression e(expression.trimmed(), &parser);
            const QString path = pathOf(e);
            if (path.isEmpty() || m_known.contains(path))
                return path;
            const bool inLoop = std::any_of(scopes.cbegin(), scopes.cend(),
                [](const Scope &s) { return s.tag == QLatin1String("endfor"); });
            if (inLoop && (path == QLatin1String("forloop") || path.startsWith(QLatin1String("forloop."))))
                return path;
            problems.append(Tr::tr("%1, line %2: unknown placeholder “%3”")
                    .arg(part)
                    .arg(line)
                    .arg(expression.trimmed()));
        } catch (const KTextTemplate::Exception &e) {
            problems.append(Tr::tr("%1, line %2: %3").arg(part).arg(line).arg(e.what()));
        }
        return {};
    };

    auto it = tag.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        line += int(QStringView(text).mid(offset, m.capturedStart() - offset).count(QLatin1Char('\n')));
        offset = m.capturedStart();
        if (m.captured(0).startsWith(QLatin1String("{{"))) {
            if (!inComment)
                check(m.captured(1));
            continue;
        }
        if (!m.captured(0).startsWith(QLatin1String("{%")))
            continue;
        const QStringList w = words(m.captured(2));
        if (w.isEmpty())
            continue;
        const QString &name = w.first();
        if (inComment) {
            inComment = name != QLatin1String("endcomment");
            continue;
        }
        if (name == QLatin1String("comment")) {
            inComment = true;
        } else if (name == QLatin1String("if") || name == QLatin1String("elif")
            || name == QLatin1String("ifequal") || name == QLatin1String("ifnotequal")
            || name == QLatin1String("firstof")) {
            for (qsizetype i = 1; i < w.size(); ++i)
                if (!operators.contains(w.at(i)))
                    check(w.at(i));
        } else if (name == QLatin1String("for")) {
            // for a[, b] in list [reversed]
            const qsizetype in = w.indexOf(QStringLiteral("in"));
            if (in > 1 && in + 1 < w.size()) {
                const QString list = check(w.at(in + 1));
                Scope scope { QStringLiteral("endfor"), {} };
                for (qsizetype i = 1; i < in; ++i) {
                    QString var = w.at(i);
                    var.remove(QLatin1Char(','));
                    if (!var.isEmpty())
                        scope.names.insert(var, list.isEmpty() ? var : list + QStringLiteral(".*"));
                }
                scopes.append(scope);
            }
        } else if (name == QLatin1String("with")) {
            // with expression as name, or with name=expression
            Scope scope { QStringLiteral("endwith"), {} };
            if (w.size() == 4 && w.at(2) == QLatin1String("as")) {
                const QString path = check(w.at(1));
                scope.names.insert(w.at(3), path.isEmpty() ? w.at(3) : path);
            } else {
                for (qsizetype i = 1; i < w.size(); ++i) {
                    const qsizetype eq = w.at(i).indexOf(QLatin1Char('='));
                    if (eq > 0) {
                        const QString path = check(w.at(i).mid(eq + 1));
                        scope.names.insert(w.at(i).left(eq), path.isEmpty() ? w.at(i).left(eq) : path);
                    }
                }
            }
            scopes.append(scope);
        } else if ((name == QLatin1String("endfor") || name == QLatin1String("endwith")) && !scopes.isEmpty()
            && scopes.constLast().tag == name) {
            scopes.removeLast();
        }
    }
    return problems;
}

QStringList ReplyRenderer::problems(const ReplyTemplate &t) const
{
    if (t.subject.contains(QLatin1Char('\n')))
        return { Tr::tr("Subject: more than one line") };
    return problemsOf(t.subject, Tr::tr("Subject")) + problemsOf(t.body, Tr::tr("Body"));
}

QString ReplyRenderer::renderText(
    const QString &text, const QVariantHash &values, const QString &part, QStringList &errors) const
{
    // A line that holds nothing but tags ({% if %}, {% endfor %}, comments) leaves no empty line
    // behind. (KTextTemplate's smart trim would also swallow a line holding only a variable.)
    static const QRegularExpression tagLine(
        QStringLiteral(R"(^[ \t]*((?:\{%.*?%\}|\{#.*?#\})(?:[ \t]*(?:\{%.*?%\}|\{#.*?#\}))*)[ \t]*\n)"),
        QRegularExpression::MultilineOption);
    QString trimmed = text;
    trimmed.replace(tagLine, QStringLiteral("\\1"));
    const KTextTemplate::Template parsed = m_engine->newTemplate(trimmed, part);
    if (parsed->error() != KTextTemplate::NoError) {
        errors.append(Tr::tr("%1: %2").arg(part, parsed->errorString()));
        return {};
    }
    KTextTemplate::Context context(values);
    context.setAutoEscape(false); // plain text mail: "&" stays "&"
    const QString out = parsed->render(&context);
    if (parsed->error() != KTextTemplate::NoError)
        errors.append(Tr::tr("%1: %2").arg(part, parsed->errorString()));
    return out;
}

RenderedReply ReplyRenderer::render(const ReplyTemplate &t, const QVariantHash &values) const
{
    RenderedReply r;
    r.errors = problems(t);
    if (!r.errors.isEmpty())
        return r;
    r.subject = renderText(t.subject, values, Tr::tr("Subject"), r.errors).simplified();
    r.body = renderText(t.body, values, Tr::tr("Body"), r.errors);
    if (!r.errors.isEmpty()) {
        r.subject.clear();
        r.body.clear();
        return r;
    }
    // Three or more line breaks in a row are what conditionals left behind.
    static const QRegularExpression gaps(QStringLiteral("\n{3,}"));
    r.body.replace(gaps, QStringLiteral("\n\n"));
    r.body = r.body.trimmed() + QLatin1Char('\n');
    return r;
}

} // namespace abusedesk::replies
