#include "governance/ComparisonView.h"

#include "fairness/FairnessStyle.h"
#include "governance/ApprovalQueueModel.h"
#include "governance/ApprovalStyle.h"
#include "governance/CurveChart.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace mizan {

namespace {

QString numberText(const QJsonValue &v)
{
    return v.isDouble() ? QLocale().toString(v.toDouble(), 'f', 3) : QString();
}

QString deltaText(double delta)
{
    if (!std::isfinite(delta))
        return {};
    // A left-to-right mark keeps the sign in front in right-to-left text.
    return QChar(0x200E) + (delta > 0 ? QStringLiteral("+") : QString())
           + QLocale().toString(delta, 'f', 3);
}

QTableWidgetItem *item(const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return i;
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    return table;
}

std::vector<std::pair<double, double>> calibrationPoints(const std::vector<CalibrationBin> &bins)
{
    std::vector<std::pair<double, double>> points;
    for (const CalibrationBin &b : bins) {
        if (b.count > 0 && std::isfinite(b.meanPredicted) && std::isfinite(b.observedRate))
            points.emplace_back(b.meanPredicted, b.observedRate);
    }
    return points;
}

std::vector<std::pair<double, double>> distributionPoints(const ScoreProfile &p)
{
    std::vector<std::pair<double, double>> points;
    for (size_t i = 0; i < p.distribution.size(); ++i)
        points.emplace_back((double(i) + 0.5) / double(p.distribution.size()), p.distribution[i]);
    return points;
}

} // namespace

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("comparisonView"));
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    auto *tables = new QSplitter(Qt::Horizontal, this);
    m_metrics = makeTable({tr("Metric (test split)"), tr("Candidate"), tr("Deployed"), tr("Change")},
                          tables);
    m_metrics->setObjectName(QStringLiteral("comparisonMetrics"));
    m_metrics->setAccessibleName(tr("Metrics, candidate against deployed"));
    auto *right = new QWidget(tables);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_fairness = makeTable({tr("Fairness metric"), tr("Candidate"), tr("Deployed"), tr("Change")},
                           right);
    m_fairness->setObjectName(QStringLiteral("comparisonFairness"));
    m_fairness->setAccessibleName(tr("Fairness, candidate against deployed"));
    m_features = new QLabel(right);
    m_features->setWordWrap(true);
    m_features->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(m_fairness, 1);
    rightLayout->addWidget(m_features);
    tables->addWidget(m_metrics);
    tables->addWidget(right);
    layout->addWidget(tables, 1);

    auto *charts = new QWidget(this);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    m_roc = new CurveChart(charts);
    m_roc->setObjectName(QStringLiteral("rocChart"));
    m_roc->setDiagonal(true);
    m_roc->setTitles(tr("ROC curve"), tr("False positive rate"), tr("True positive rate"));
    m_calibration = new CurveChart(charts);
    m_calibration->setObjectName(QStringLiteral("calibrationChart"));
    m_calibration->setDiagonal(true);
    m_calibration->setTitles(tr("Calibration"), tr("Mean predicted"), tr("Observed rate"));
    m_distribution = new CurveChart(charts);
    m_distribution->setObjectName(QStringLiteral("distributionChart"));
    m_distribution->setTitles(tr("Score distribution"), tr("Score"), tr("Share of leads"));
    grid->addWidget(m_roc, 0, 0);
    grid->addWidget(m_calibration, 0, 1);
    grid->addWidget(m_distribution, 0, 2);
    layout->addWidget(charts, 1);
    clear();
}

ComparisonView::~ComparisonView() = default;

void ComparisonView::clear()
{
    m_heading->setText(tr("Choose a version in the queue."));
    m_metrics->setRowCount(0);
    m_fairness->setRowCount(0);
    m_features->clear();
    for (CurveChart *chart : {m_roc, m_calibration, m_distribution}) {
        chart->clear();
        chart->setEmptyText({});
    }
}

void ComparisonView::setData(const ComparisonData &data)
{
    clear();
    const QString candidateName = ApprovalQueueModel::versionLabel(data.candidate);
    const QString deployedName = data.deployed ? ApprovalQueueModel::versionLabel(*data.deployed)
                                               : QString();
    m_heading->setText(
        data.deployed
            ? tr("Candidate %1 against the deployed version %2.").arg(candidateName, deployedName)
            : tr("Candidate %1. No version is deployed: there is nothing to "
                 "compare with yet.")
                  .arg(candidateName));

    // Metrics of each bundle's test split.
    const QJsonObject cTest = data.candidateMetrics.value(QStringLiteral("test")).toObject();
    const QJsonObject dTest = data.deployedMetrics.value(QStringLiteral("test")).toObject();
    const std::pair<const char *, QString> metrics[] = {
        {"roc_auc", tr("ROC AUC")},
        {"pr_auc", tr("PR AUC")},
        {"log_loss", tr("Log loss")},
        {"brier", tr("Brier score")},
        {"accuracy", tr("Accuracy")},
        {"precision", tr("Precision")},
        {"recall", tr("Recall")},
        {"f1", tr("F1")},
    };
    for (const auto &[key, label] : metrics) {
        const QJsonValue c = cTest.value(QLatin1String(key));
        const QJsonValue d = dTest.value(QLatin1String(key));
        if (!c.isDouble() && !d.isDouble())
            continue;
        const int row = m_metrics->rowCount();
        m_metrics->insertRow(row);
        m_metrics->setItem(row, 0, item(label));
        m_metrics->setItem(row, 1, item(numberText(c)));
        m_metrics->setItem(row, 2, item(numberText(d)));
        m_metrics->setItem(row,
                           3,
                           item(c.isDouble() && d.isDouble() ? deltaText(c.toDouble() - d.toDouble())
                                                             : QString()));
    }

    // Fairness: the latest verdicts of each, matched by attribute and metric.
    const auto valueOf = [](const std::vector<StoredBiasAlert> &alerts,
                            const BiasAlert &like) -> std::optional<double> {
        for (const StoredBiasAlert &a : alerts) {
            if (a.alert.attribute == like.attribute && a.alert.metric == like.metric)
                return a.alert.value;
        }
        return std::nullopt;
    };
    for (const StoredBiasAlert &a : data.candidateFairness) {
        const int row = m_fairness->rowCount();
        m_fairness->insertRow(row);
        m_fairness->setItem(row,
                            0,
                            item(tr("%1: %2").arg(a.alert.attribute,
                                                  fairnessstyle::disparityLabel(a.alert.metric))));
        auto *value = item(QLocale().toString(a.alert.value, 'f', 3));
        value->setForeground(a.alert.passed() ? approvalstyle::passColour()
                                              : approvalstyle::alertColour());
        m_fairness->setItem(row, 1, value);
        const std::optional<double> deployed = valueOf(data.deployedFairness, a.alert);
        m_fairness->setItem(row,
                            2,
                            item(deployed ? QLocale().toString(*deployed, 'f', 3) : QString()));
        m_fairness->setItem(row,
                            3,
                            item(deployed ? deltaText(a.alert.value - *deployed) : QString()));
    }
    if (data.candidateFairness.empty()) {
        m_fairness->insertRow(0);
        m_fairness->setItem(0,
                            0,
                            item(tr("No fairness report on the candidate yet (Fairness tab).")));
    }

    const std::optional<RiskAssessment> &a = data.assessment;
    QStringList features;
    if (a && !a->topFeatures.isEmpty())
        features << tr("Top features of the candidate: %1")
                        .arg(a->topFeatures.join(QStringLiteral(", ")));
    if (a && !a->deployedTopFeatures.isEmpty())
        features << tr("Top features of the deployed version: %1")
                        .arg(a->deployedTopFeatures.join(QStringLiteral(", ")));
    if (features.isEmpty())
        features << tr("Assess the version on a reference lead set to compare top features.");
    m_features->setText(features.join(QLatin1Char('\n')));

    // Charts.
    const QString candidateLabel = tr("Candidate #%1").arg(data.candidate.id);
    // The deployed curves are of the version deployed when the assessment was made.
    const std::optional<qint64> profiledDeployed = data.assessment ? data.assessment->deployedId
                                                                   : std::nullopt;
    const QString deployedLabel = profiledDeployed
                                      ? tr("Deployed #%1").arg(*profiledDeployed)
                                      : (data.deployed ? tr("Deployed #%1").arg(data.deployed->id)
                                                       : QString());
    const auto series = [&](bool candidate,
                            std::vector<std::pair<double, double>> points,
                            bool steps) {
        CurveChart::Series s;
        s.label = candidate ? candidateLabel : deployedLabel;
        s.colour = candidate ? approvalstyle::candidateColour() : approvalstyle::deployedColour();
        s.dashed = !candidate;
        s.steps = steps;
        s.points = std::move(points);
        return s;
    };
    const bool profiled = a && a->candidateProfile;
    const QString noReference = tr("Assess on a reference lead set to draw this.");
    m_roc->setEmptyText(profiled ? tr("The reference lead set has no outcomes.") : noReference);
    m_distribution->setEmptyText(noReference);
    if (profiled) {
        std::vector<CurveChart::Series> roc;
        std::vector<CurveChart::Series> calibration;
        std::vector<CurveChart::Series> distribution;
        roc.push_back(series(true, a->candidateProfile->roc, false));
        calibration.push_back(
            series(true, calibrationPoints(a->candidateProfile->calibration), false));
        distribution.push_back(series(true, distributionPoints(*a->candidateProfile), true));
        if (a->deployedProfile) {
            roc.push_back(series(false, a->deployedProfile->roc, false));
            calibration.push_back(
                series(false, calibrationPoints(a->deployedProfile->calibration), false));
            distribution.push_back(series(false, distributionPoints(*a->deployedProfile), true));
        }
        m_roc->setSeries(std::move(roc));
        m_calibration->setSeries(std::move(calibration));
        m_distribution->setSeries(std::move(distribution));
        m_calibration->setTitles(tr("Calibration on the reference lead set"),
                                 tr("Mean predicted"),
                                 tr("Observed rate"));
    } else {
        std::vector<CurveChart::Series> calibration;
        calibration.push_back(series(true,
                                     calibrationPoints(calibrationFromJson(
                                         cTest.value(QStringLiteral("calibration")))),
                                     false));
        if (data.deployed)
            calibration.push_back(series(false,
                                         calibrationPoints(calibrationFromJson(
                                             dTest.value(QStringLiteral("calibration")))),
                                         false));
        m_calibration->setSeries(std::move(calibration));
        m_calibration->setTitles(tr("Calibration on each test split"),
                                 tr("Mean predicted"),
                                 tr("Observed rate"));
    }
}

} // namespace mizan
