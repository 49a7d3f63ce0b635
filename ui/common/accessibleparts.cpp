// SPDX-License-Identifier: EUPL-1.2
#include "accessibleparts.h"

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>
#include <QWidget>
#include <QWindow>

namespace Flexwonen::Ui {

namespace {

AccessibleParts *partsOf(QWidget *widget)
{
    return dynamic_cast<AccessibleParts *>(widget);
}

// One part: no QObject of its own, so it lives as long as its widget's interface.
class PartAccessible final : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    PartAccessible(QWidget *widget, int index)
        : m_widget(widget)
        , m_index(index)
    {}

    bool isValid() const override
    {
        // While the widget is destroyed it is no longer AccessibleParts.
        const AccessibleParts *p = parts();
        return p && m_index < p->partCount();
    }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override
    {
        return m_widget ? m_widget->window()->windowHandle() : nullptr;
    }
    QAccessibleInterface *parent() const override
    {
        return QAccessible::queryAccessibleInterface(m_widget.data());
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override
    {
        return isValid() && t == QAccessible::Name ? parts()->partName(m_index) : QString();
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect local = parts()->partRect(m_index);
        return QRect(m_widget->mapToGlobal(local.topLeft()), local.size());
    }
    QAccessible::Role role() const override
    {
        return isValid() ? parts()->partRole() : QAccessible::NoRole;
    }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!isValid()) {
            s.invalid = true;
            return s;
        }
        s.invisible = !m_widget->isVisible();
        if (parts()->canActivateParts()) {
            s.focusable = true;
            s.selectable = true;
            s.focused = m_widget->hasFocus() && parts()->focusedPart() == m_index;
            s.selected = parts()->chosenPart() == m_index;
        }
        return s;
    }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface && isValid() && parts()->canActivateParts()
                   ? static_cast<QAccessibleActionInterface *>(this)
                   : nullptr;
    }
    QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString &name) override
    {
        if (isValid() && name == pressAction())
            parts()->activatePart(m_index);
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    AccessibleParts *parts() const { return m_widget ? partsOf(m_widget.data()) : nullptr; }

    QPointer<QWidget> m_widget;
    int m_index;
};

class PartsAccessible final : public QAccessibleWidget
{
public:
    explicit PartsAccessible(QWidget *widget)
        : QAccessibleWidget(widget, partsOf(widget)->partsRole())
    {}
    ~PartsAccessible() override
    {
        for (QAccessible::Id id : std::as_const(m_children))
            QAccessible::deleteAccessibleInterface(id);
    }

    int childCount() const override { return parts()->partCount(); }
    QAccessibleInterface *child(int index) const override
    {
        if (index < 0 || index >= childCount())
            return nullptr;
        if (const auto known = m_children.constFind(index); known != m_children.cend())
            return QAccessible::accessibleInterface(*known);
        auto *part = new PartAccessible(widget(), index);
        m_children.insert(index, QAccessible::registerAccessibleInterface(part));
        return part;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        for (auto it = m_children.cbegin(); it != m_children.cend(); ++it) {
            if (QAccessible::accessibleInterface(it.value()) == child)
                return it.key();
        }
        return -1;
    }
    QAccessibleInterface *focusChild() const override
    {
        return widget()->hasFocus() ? child(parts()->focusedPart()) : nullptr;
    }

private:
    AccessibleParts *parts() const { return partsOf(widget()); }

    mutable QHash<int, QAccessible::Id> m_children;
};

QAccessibleInterface *partsFactory(const QString &, QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    return widget && partsOf(widget) ? new PartsAccessible(widget) : nullptr;
}

} // namespace

void AccessibleParts::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(partsFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

void AccessibleParts::announcePartFocus(QWidget *widget, int index)
{
    if (!QAccessible::isActive() || index < 0 || !widget->hasFocus())
        return;
    QAccessibleEvent event(widget, QAccessible::Focus);
    event.setChild(index);
    QAccessible::updateAccessibility(&event);
}

} // namespace Flexwonen::Ui
