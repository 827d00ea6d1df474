#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QWidget>

class QChartView;

namespace purser {

// Net pay per payroll period as a bar chart (Qt Charts), oldest period on the left, in the
// colours of the system palette (light or dark, also when it changes while running).
class NetPayChart : public QWidget
{
    Q_OBJECT
public:
    explicit NetPayChart(QWidget* parent = nullptr);

    void setRuns(const QList<QJsonObject>& runs);
    int barCount() const { return m_bars; }
    // The value axis's labels, bottom up (money in the runs' currency).
    QStringList axisLabels() const { return m_axisLabels; }
    QChartView* view() const { return m_view; }

protected:
    // The system switched between light and dark: draw the chart in the new colours.
    void changeEvent(QEvent* event) override;

private:
    QChartView* m_view;
    QList<QJsonObject> m_runs;
    int m_bars = 0;
    QStringList m_axisLabels;
};

} // namespace purser
