#pragma once

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QChartView;

namespace purser {

// Net pay per payroll period as a bar chart (Qt Charts), oldest period on the left.
class NetPayChart : public QWidget
{
    Q_OBJECT
public:
    explicit NetPayChart(QWidget* parent = nullptr);

    void setRuns(const QList<QJsonObject>& runs);
    int barCount() const { return m_bars; }

private:
    QChartView* m_view;
    int m_bars = 0;
};

} // namespace purser
