// SPDX-License-Identifier: GPL-2.0-or-later
#include "FlowLayout.h"

#include <QWidget>

namespace abusedesk::gui {

FlowLayout::FlowLayout(QWidget *parent, int horizontalSpacing, int verticalSpacing)
    : QLayout(parent)
    , m_horizontalSpacing(horizontalSpacing)
    , m_verticalSpacing(verticalSpacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item: the rest wraps.
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + (width > 0 ? m_horizontalSpacing : 0);
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QMargins margins = contentsMargins();
    const QRect area = rect.marginsRemoved(margins);
    int y = area.y();
    // One line at a time: the items that fit, then the width left over shared among those that
    // expand, so that a line fills the width.
    QList<QLayoutItem *> line;
    QList<QSize> sizes;
    const auto place = [&] {
        int used = 0;
        int expanding = 0;
        int height = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            used += sizes.at(i).width() + (i > 0 ? m_horizontalSpacing : 0);
            expanding += (line.at(i)->expandingDirections() & Qt::Horizontal) ? 1 : 0;
            height = std::max(height, sizes.at(i).height());
        }
        int spare = std::max(0, area.width() - used);
        int x = area.x();
        for (qsizetype i = 0; i < line.size(); ++i) {
            QSize size = sizes.at(i);
            if (expanding > 0 && (line.at(i)->expandingDirections() & Qt::Horizontal)) {
                const int extra
                    = std::min(spare / expanding, line.at(i)->maximumSize().width() - size.width());
                size.rwidth() += std::max(0, extra);
                spare -= std::max(0, extra);
                --expanding;
            }
            if (apply)
                line.at(i)->setGeometry(QRect(QPoint(x, y), size));
            x += size.width() + m_horizontalSpacing;
        }
        line.clear();
        sizes.clear();
        return height;
    };
    int x = area.x();
    bool first = true;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize size = item->sizeHint()
                               .boundedTo(QSize(area.width(), QWIDGETSIZE_MAX))
                               .expandedTo(item->minimumSize());
        if (!line.isEmpty() && x + size.width() > area.right() + 1) {
            y += place() + m_verticalSpacing;
            x = area.x();
        }
        line.append(item);
        sizes.append(size);
        x += size.width() + m_horizontalSpacing;
        first = false;
    }
    const int last = line.isEmpty() ? 0 : place();
    return first ? margins.top() + margins.bottom() : y + last - rect.y() + margins.bottom();
}

} // namespace abusedesk::gui
