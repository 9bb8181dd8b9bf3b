// SPDX-License-Identifier: GPL-2.0-or-later
#include "Dialogs.h"

#include <QFileDialog>
#include <QMessageBox>
#include <optional>

namespace abusedesk::gui::Dialogs {

namespace {
std::optional<QString> s_nextFileName;

std::optional<QString> takeNextFileName()
{
    std::optional<QString> name;
    s_nextFileName.swap(name);
    return name;
}
} // namespace

QString openFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    if (auto name = takeNextFileName())
        return *name;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    if (auto name = takeNextFileName())
        return *name;
    return QFileDialog::getSaveFileName(parent, caption, directory, filter);
}

QStringList openFileNames(
    QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    if (auto name = takeNextFileName())
        return name->isEmpty() ? QStringList() : name->split(QLatin1Char('\n'));
    return QFileDialog::getOpenFileNames(parent, caption, directory, filter);
}

QString existingDirectory(QWidget *parent, const QString &caption, const QString &directory)
{
    if (auto name = takeNextFileName())
        return *name;
    return QFileDialog::getExistingDirectory(parent, caption, directory);
}

void setNextFileName(const QString &name)
{
    s_nextFileName = name;
}

void showWarning(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("warningBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace abusedesk::gui::Dialogs
