#include "ui/NetPayChart.h"

#include "core/Money.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QPalette>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace purser {

NetPayChart::NetPayChart(QWidget* parent) : QWidget(parent), m_view(new QChartView(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Net pay per period"));
    m_view->setMinimumHeight(180);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setRuns({});
}

void NetPayChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        setRuns(m_runs);
    }
}

void NetPayChart::setRuns(const QList<QJsonObject>& unsorted)
{
    m_runs = unsorted;
    QList<QJsonObject> runs = unsorted;
    std::sort(runs.begin(), runs.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QStringLiteral("period_start")).toString() <
               b.value(QStringLiteral("period_start")).toString();
    });
    auto* set = new QBarSet(tr("Net pay"));
    QStringList periods;
    QString currency;
    double highest = 0;
    for (const QJsonObject& run : runs) {
        const auto net = Money::fromJson(
            run.value(QStringLiteral("totals")).toObject().value(QStringLiteral("net")));
        if (!net) {
            continue;
        }
        currency = net->currency;
        // Display only: the chart's axis needs a double; amounts elsewhere stay exact.
        const double major =
            static_cast<double>(net->amount) / std::pow(10.0, Money::minorUnitDigits(currency));
        highest = std::max(highest, major);
        *set << major;
        periods << run.value(QStringLiteral("period_start")).toString().left(7);
    }
    m_bars = static_cast<int>(periods.size());
    auto* series = new QBarSeries;
    series->append(set);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(currency.isEmpty() ? tr("Net pay per period")
                                       : tr("Net pay per period (%1)").arg(currency));
    chart->legend()->hide();
    auto* axisX = new QBarCategoryAxis;
    axisX->append(periods);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setRange(0, highest > 0 ? highest * 1.1 : 1);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    // Follow the system palette (light or dark).
    chart->setBackgroundBrush(palette().base());
    chart->setTitleBrush(palette().text());
    axisX->setLabelsBrush(palette().text());
    axisY->setLabelsBrush(palette().text());
    set->setColor(palette().highlight().color());
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace purser
