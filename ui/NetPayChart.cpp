#include "ui/NetPayChart.h"

#include "core/Money.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLocale>
#include <QPalette>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace purser {

namespace {

// 1, 2 or 5 times a power of ten, at least raw: where the axis puts its labels.
double niceStep(double raw)
{
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= raw) {
            return factor * power;
        }
    }
    return 10 * power;
}

} // namespace

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
    // The axis reads as money in the runs' currency at round steps ("SGD 400,000.00"), not as
    // bare numbers: a category axis whose labels sit on the values.
    auto* axisY = new QCategoryAxis;
    axisY->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const double step = niceStep(highest > 0 ? highest / 4 : 1);
    const int steps = static_cast<int>(std::ceil(highest / step)) + (highest > 0 ? 0 : 1);
    const qint64 scale = static_cast<qint64>(std::pow(10.0, Money::minorUnitDigits(currency)));
    for (int i = 0; i <= steps; ++i) {
        const double value = step * i;
        axisY->append(
            currency.isEmpty()
                ? QLocale().toString(value, 'f', 0)
                : Money{static_cast<qint64>(std::llround(value)) * scale, currency}.toDisplayString(
                      QLocale()),
            value);
    }
    axisY->setRange(0, step * steps);
    m_axisLabels = axisY->categoriesLabels();
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
