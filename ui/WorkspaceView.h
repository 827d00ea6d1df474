#pragma once

#include "ui/Workspace.h"

#include <QWidget>

namespace purser {

// What the main window needs from every view: re-read the cache after a sync, and put the
// keyboard focus in the view's search field (Ctrl+F).
class WorkspaceView : public QWidget
{
    Q_OBJECT
public:
    explicit WorkspaceView(const Workspace& workspace, QWidget* parent = nullptr)
        : QWidget(parent), m_workspace(workspace)
    {
    }

    virtual void reload() = 0;
    virtual void focusSearch() {}

protected:
    const Workspace& workspace() const { return m_workspace; }

private:
    Workspace m_workspace;
};

} // namespace purser
