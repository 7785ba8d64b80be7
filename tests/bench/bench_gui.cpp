// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard at scale, offscreen (QT_QPA_PLATFORM=offscreen):
//  - populate: ContainersView::setContainers with every container of a saved snapshot, up to the first paint;
//  - a full audit of a live daemon from the real MainWindow with the Containers view shown: its duration, the
//    longest gap of a 10 ms timer on the GUI thread (the stall), and the process's RSS once it is shown;
//  - re-audits with nothing changed (Audit now again);
//  - event → row: a created container is started; from the daemon's time of the "start" event to the moment its
//    row in the Containers view says "running".
//
//   escut-bench-gui --host unix:///path --snapshot FILE [--runs K] [--start ID,ID,...]
// Without --host, the window audits the snapshot itself (the stall of showing a large result, no daemon needed).
// prints one JSON object (milliseconds, MiB).

#include "tests/bench/BenchUtil.h"

#include "core/docker/DockerClient.h"
#include "ui/MainWindow.h"
#include "ui/containers/ContainersModel.h"
#include "ui/containers/ContainersView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QTableView>
#include <QTimer>
#include <QtConcurrent>

#include <chrono>
#include <mutex>

using namespace escut;

namespace
{

// The longest interval between two ticks of a 10 ms timer on the GUI thread.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            m_maxGap = std::max(m_maxGap, bench::msSince(m_last));
            m_last.start();
        });
    }
    void start()
    {
        m_maxGap = 0;
        m_last.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return std::max(m_maxGap, bench::msSince(m_last));
    }

private:
    QTimer m_timer;
    QElapsedTimer m_last;
    double m_maxGap = 0;
};

// With ESCUT_BENCH_TRACE_MS=N set, every event the GUI thread takes N ms or more to handle is printed on stderr
// (receiver, event type, ms; events sent while handling another are indented under it): what to look at when the
// stall is over its target.
class TracingApplication : public QApplication
{
public:
    TracingApplication(int& argc, char** argv)
        : QApplication(argc, argv)
        , m_thresholdMs(qEnvironmentVariableIsSet("ESCUT_BENCH_TRACE_MS")
                            ? qEnvironmentVariableIntValue("ESCUT_BENCH_TRACE_MS")
                            : -1)
    {}

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (m_thresholdMs < 0) {
            return QApplication::notify(receiver, event);
        }
        // The event, and the receiver (DeferredDelete), may be gone afterwards.
        const int type = event->type();
        const char* className = receiver->metaObject()->className();
        const QString name = receiver->objectName();
        QElapsedTimer timer;
        timer.start();
        ++m_depth;
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = bench::msSince(timer);
        if (ms >= m_thresholdMs) {
            std::fprintf(stderr,
                         "escut-bench-gui: %*s%.1f ms in event %d to %s \"%s\"\n",
                         2 * m_depth,
                         "",
                         ms,
                         type,
                         className,
                         qPrintable(name));
        }
        return handled;
    }

private:
    int m_thresholdMs;
    int m_depth = 0;
};

void waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
}

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

int main(int argc, char** argv)
{
    TracingApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("escut-bench"));
    QCommandLineParser parser;
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Docker endpoint"), QStringLiteral("URL"));
    const QCommandLineOption snapshotOption(QStringLiteral("snapshot"),
                                            QStringLiteral("saved snapshot"),
                                            QStringLiteral("FILE"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("repetitions"),
                                        QStringLiteral("K"),
                                        QStringLiteral("5"));
    const QCommandLineOption startOption(QStringLiteral("start"),
                                         QStringLiteral("created containers to start"),
                                         QStringLiteral("IDS"));
    parser.addOptions({host, snapshotOption, runsOption, startOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QJsonObject out;

    // Populate the Containers view from a saved snapshot.
    Result<Snapshot> snapshot = Snapshot::load(parser.value(snapshotOption));
    if (!snapshot) {
        std::fprintf(stderr, "escut-bench-gui: %s\n", qPrintable(snapshot.error().fullText()));
        return 2;
    }
    {
        const AuditResult result = Auditor::evaluate(snapshot.value(), {});
        ContainersView view;
        view.resize(1280, 800);
        view.show();
        auto* table = view.findChild<QTableView*>(QStringLiteral("containersTableView"));
        QCoreApplication::processEvents();
        QList<double> times;
        QList<double> cpu;
        for (int i = 0; i < runs; ++i) {
            view.setContainers({}, {});
            QCoreApplication::processEvents();
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = bench::threadCpuMs();
            view.setContainers(result.snapshot.containers, result.findings);
            table->viewport()->repaint();
            times.append(bench::msSince(timer));
            cpu.append(bench::threadCpuMs() - cpuStart);
            QCoreApplication::processEvents();
        }
        out.insert(QStringLiteral("rows"), view.model()->rowCount());
        out.insert(QStringLiteral("populate"), bench::series(times));
        out.insert(QStringLiteral("populateCpu"), bench::series(cpu));
    }

    // The real window, auditing the live daemon with the Containers view in front.
    MainWindow::Options options;
    if (parser.isSet(host)) {
        options.audit.endpoint.host = parser.value(host);
    } else {
        options.audit.snapshotPath = parser.value(snapshotOption); // no daemon: audit the saved snapshot
    }
    options.liveEvents = true;
    MainWindow window(options);
    window.resize(1280, 800);
    window.setCurrentView(MainWindow::View::Containers);
    window.show();
    QCoreApplication::processEvents();
    auto* containers = window.findChild<ContainersView*>();
    StallMeter stall;
    bool lastOk = false;
    const auto audit = [&](double& stallMs) {
        bool finished = false;
        const QMetaObject::Connection c = QObject::connect(&window, &MainWindow::auditFinished, [&](bool ok) {
            finished = true;
            lastOk = ok;
        });
        stall.start();
        QElapsedTimer timer;
        timer.start();
        window.startAudit();
        waitFor([&] { return finished; }, 300000);
        const double ms = bench::msSince(timer);
        waitFor([] { return false; }, 200); // what follows the audit (layouts, paints) is part of the stall
        stallMs = stall.stop();
        QObject::disconnect(c);
        return ms;
    };
    double fullStall = 0;
    const double full = audit(fullStall);
    if (!lastOk || window.result().snapshot.endpoint.displayName().isEmpty()) {
        std::fprintf(stderr, "escut-bench-gui: the audit of %s failed\n", qPrintable(parser.value(host)));
        return 1;
    }
    out.insert(QStringLiteral("audit"), full);
    out.insert(QStringLiteral("auditStall"), fullStall);
    out.insert(QStringLiteral("auditContainers"), window.result().snapshot.containers.size());
    out.insert(QStringLiteral("rss"), bench::rssMiB());

    QList<double> reaudits;
    QList<double> reauditStalls;
    for (int i = 0; i < runs; ++i) {
        double s = 0;
        reaudits.append(audit(s));
        reauditStalls.append(s);
    }
    out.insert(QStringLiteral("reaudit"), bench::series(reaudits));
    out.insert(QStringLiteral("reauditStall"), bench::series(reauditStalls));

    // Event → row: follow /events ourselves for the daemon's time of each "start" event.
    const QStringList ids = parser.value(startOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!ids.isEmpty()) {
        const Endpoint endpoint = window.result().snapshot.endpoint;
        std::mutex mutex;
        QHash<QString, qint64> eventNs;
        auto cancel = std::make_shared<std::atomic<bool>>(false);
        // Our own threads: the window's event watcher holds one of the global pool's threads for as long as it runs.
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        QFuture<void> spy = QtConcurrent::run(&pool, [&, cancel] {
            ClientOptions o;
            o.requestTimeoutMs = 0;
            DockerClient client(endpoint, o);
            if (!client.negotiate()) {
                return;
            }
            (void)client.streamEvents(
                QStringLiteral("filters=%7B%22type%22%3A%5B%22container%22%5D%2C%22event%22%3A%5B%22start%22%5D%7D"),
                [&](const QJsonDocument& doc) {
                    const QJsonObject e = doc.object();
                    std::lock_guard lock(mutex);
                    eventNs.insert(e.value(QStringLiteral("Actor")).toObject().value(QStringLiteral("ID")).toString(),
                                   qint64(e.value(QStringLiteral("timeNano")).toDouble()));
                    return true;
                },
                cancel.get());
        });
        QThread::msleep(300); // the spy is subscribed
        QHash<QString, qint64> rowNs;
        QObject::connect(&window, &MainWindow::containerUpdated, [&](const QString& id) {
            const ContainersModel::Row* row = containers->model()->rowAt(containers->model()->rowOf(id));
            if (row && row->state == QLatin1String("running") && !rowNs.contains(id)) {
                rowNs.insert(id, nowNs());
            }
        });
        QList<double> latencies;
        for (const QString& id : ids) {
            (void)QtConcurrent::run(&pool, [endpoint, id] {
                DockerClient client(endpoint);
                if (client.negotiate()) {
                    (void)client.request(DockerClient::Method::Post, QStringLiteral("/containers/%1/start").arg(id));
                }
            });
            waitFor(
                [&] {
                    std::lock_guard lock(mutex);
                    return rowNs.contains(id) && eventNs.contains(id);
                },
                20000);
            std::lock_guard lock(mutex);
            if (rowNs.contains(id) && eventNs.contains(id)) {
                latencies.append(double(rowNs.value(id) - eventNs.value(id)) / 1e6);
            } else {
                std::fprintf(stderr,
                             "escut-bench-gui: no %s for the start of %s within 20 s\n",
                             eventNs.contains(id) ? "row update" : "event",
                             qPrintable(id));
            }
        }
        cancel->store(true);
        spy.waitForFinished();
        out.insert(QStringLiteral("eventToRow"), bench::series(latencies));
    }
    bench::printJson(out);
    return 0;
}
