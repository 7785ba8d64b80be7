// SPDX-License-Identifier: GPL-3.0-or-later
// Evaluation only: every check of the catalogue over a saved snapshot, in process, several times.
//
//   escut-bench-eval SNAPSHOT [RUNS]
// prints {"containers": N, "findings": F, "evaluate": {"runs": [...], "min": .., "median": ..}, "evaluateCpu": {..}}
// (milliseconds; evaluateCpu is the CPU time of all the process's threads, since evaluation runs on every core, which a
// loaded machine does not inflate).

#include "tests/bench/BenchUtil.h"

#include "core/audit/Auditor.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: escut-bench-eval SNAPSHOT [RUNS]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 5;
    escut::Result<escut::Snapshot> snapshot = escut::Snapshot::load(QString::fromLocal8Bit(argv[1]));
    if (!snapshot) {
        std::fprintf(stderr, "escut-bench-eval: %s\n", qPrintable(snapshot.error().fullText()));
        return 2;
    }
    QList<double> times;
    QList<double> cpu;
    qsizetype findings = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = escut::bench::processCpuMs();
        // What an audit does after collection: every check over every subject, then the score card.
        const escut::AuditResult result = escut::Auditor::evaluate(snapshot.value(), {});
        times.append(escut::bench::msSince(timer));
        cpu.append(escut::bench::processCpuMs() - cpuStart);
        findings = result.findings.size();
    }
    escut::bench::printJson({{QStringLiteral("containers"), snapshot->containers.size()},
                             {QStringLiteral("findings"), findings},
                             {QStringLiteral("evaluate"), escut::bench::series(times)},
                             {QStringLiteral("evaluateCpu"), escut::bench::series(cpu)}});
    return 0;
}
