// SPDX-License-Identifier: GPL-2.0-or-later
// Maps the columns of a CSV/TSV table (a send log, opt-outs, seed results, blocklist listings)
// to the fields AbuseDesk reads, with a preview of the first rows as they would be imported and
// of the rows that would be rejected. The mapping is saved under a name as a profile and used
// for every later file with the same columns.
#pragma once

#include "delivery/TabularFormats.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace abusedesk::gui {

class CsvProfileDialog : public QDialog
{
    Q_OBJECT
public:
    CsvProfileDialog(const QString &tablePath, const QList<delivery::CsvProfile> &savedProfiles,
        QWidget *parent = nullptr);

    /// The mapping as the analyst left it.
    [[nodiscard]] delivery::CsvProfile profile() const;

private:
    void readSample();
    void rebuildFieldRows();
    void applySavedProfile(int index);
    void updatePreview();

    QString m_path;
    QList<delivery::CsvProfile> m_saved;
    QList<QByteArray> m_lines; // the first lines of the file
    QStringList m_header;
    QComboBox *m_savedCombo = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_separator = nullptr;
    QLineEdit *m_timeFormat = nullptr;
    QLineEdit *m_timeZone = nullptr;
    QGridLayout *m_fieldsGrid = nullptr;
    QHash<QString, QComboBox *> m_fieldColumns; // field → its column chooser
    QList<QLabel *> m_fieldLabels;
    QTableWidget *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace abusedesk::gui
