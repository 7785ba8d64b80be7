// SPDX-License-Identifier: GPL-3.0-or-later
// image.* checks over tests/data/snapshots/images-real.json: real inspect data, history and file probes of images
// made on a real dockerd by tests/data/images/make-snapshot.sh (a static binary, busybox built with the classic
// builder, a docker commit, a toolchain with links), with one fact changed per row.
#include "core/checks/Catalogue.h"
#include "core/checks/Finding.h"
#include "core/facts/Snapshot.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace escut;

namespace
{

QString dataPath(const QString& relative)
{
    return qEnvironmentVariable("ESCUT_SOURCE_DIR") + QStringLiteral("/tests/data/") + relative;
}

QJsonObject readObject(const QString& relative)
{
    QFile f(dataPath(relative));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(relative));
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject parse(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonObject o = QJsonDocument::fromJson(json.isEmpty() ? QByteArray("{}") : json, &error).object();
    if (error.error != QJsonParseError::NoError) {
        qFatal("bad JSON %s: %s", json.constData(), qPrintable(error.errorString()));
    }
    return o;
}

QJsonObject merge(QJsonObject base, const QJsonObject& patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isNull()) {
            base.remove(it.key());
        } else if (it.value().isObject() && base.value(it.key()).isObject()) {
            base.insert(it.key(), merge(base.value(it.key()).toObject(), it.value().toObject()));
        } else {
            base.insert(it.key(), it.value());
        }
    }
    return base;
}

// The real snapshot with image `tag` changed: "inspect" is merged into its inspect data, "history" replaces its
// history, "probe"/"trust" replace its probe and trust facts (null removes them), "scans" replaces its scans and
// "trustedSources" the trusted sources.
Snapshot snapshotWith(const QString& tag, const QJsonObject& patch, QString* imageId)
{
    QJsonObject json = readObject(QStringLiteral("snapshots/images-real.json"));
    QJsonArray images = json.value(QStringLiteral("images")).toArray();
    for (qsizetype i = 0; i < images.size(); ++i) {
        QJsonObject image = images.at(i).toObject();
        QJsonObject inspect = image.value(QStringLiteral("inspect")).toObject();
        if (!inspect.value(QStringLiteral("RepoTags")).toArray().contains(tag)) {
            continue;
        }
        *imageId = inspect.value(QStringLiteral("Id")).toString();
        inspect = merge(inspect, patch.value(QStringLiteral("inspect")).toObject());
        image.insert(QStringLiteral("inspect"), inspect);
        if (patch.contains(QStringLiteral("history"))) {
            image.insert(QStringLiteral("history"), patch.value(QStringLiteral("history")));
        }
        images.replace(i, image);
    }
    if (imageId->isEmpty()) {
        qFatal("no image %s in the snapshot", qPrintable(tag));
    }
    json.insert(QStringLiteral("images"), images);
    QJsonObject analysis = json.value(QStringLiteral("imageAnalysis")).toObject();
    const auto replaceFor = [&](const QString& key, const QString& patchKey) {
        QJsonArray kept;
        for (const QJsonValue& v : analysis.value(key).toArray()) {
            if (v.toObject().value(QStringLiteral("imageId")).toString() != *imageId) {
                kept.append(v);
            }
        }
        const QJsonValue replacement = patch.value(patchKey);
        const QJsonArray items = replacement.isArray() ? replacement.toArray() : QJsonArray{replacement};
        for (const QJsonValue& item : items) {
            if (item.isObject()) {
                QJsonObject o = item.toObject();
                o.insert(QStringLiteral("imageId"), *imageId);
                kept.append(o);
            }
        }
        analysis.insert(key, kept);
    };
    if (patch.contains(QStringLiteral("probe"))) {
        replaceFor(QStringLiteral("probes"), QStringLiteral("probe"));
    }
    if (patch.contains(QStringLiteral("trust"))) {
        replaceFor(QStringLiteral("trust"), QStringLiteral("trust"));
    }
    if (patch.contains(QStringLiteral("scans"))) {
        replaceFor(QStringLiteral("scans"), QStringLiteral("scans"));
    }
    if (patch.contains(QStringLiteral("trustedSources"))) {
        analysis.insert(QStringLiteral("trustedSources"), patch.value(QStringLiteral("trustedSources")));
    }
    json.insert(QStringLiteral("imageAnalysis"), analysis);
    Result<Snapshot> snapshot = Snapshot::fromJson(json);
    if (!snapshot) {
        qFatal("snapshot does not load");
    }
    return snapshot.value();
}

QByteArray trivyScan(const QByteArray& findings)
{
    return R"({"scans": [{"tool": "trivy", "state": "done", "toolVersion": "0.50.1", "findings": )" + findings + "}]}";
}

QByteArray dockleScan(const QByteArray& findings)
{
    return R"({"scans": [{"tool": "dockle", "state": "done", "toolVersion": "0.4.14", "findings": )" + findings + "}]}";
}

const QByteArray kDigest = "sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

} // namespace

class TestImageChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checks_data();
    void checks();
    void everyImageCheckHasPassAndFailRows();
    void everyImageIsASubject();
    void roundTripIsLossless();
    void secretValuesNeverShow();
    void olderSnapshotsGetDefaults();

private:
    QSet<QString> m_passRows;
    QSet<QString> m_otherRows;
};

void TestImageChecks::checks_data()
{
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("image");
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("evidence");
    const auto row = [](const char* name,
                        const char* check,
                        const char* image,
                        const QByteArray& patch,
                        const char* status,
                        const QString& evidence) {
        QTest::newRow(name) << QString::fromLatin1(check) << QString::fromLatin1(image) << patch
                            << QString::fromLatin1(status) << evidence;
    };
    const QByteArray pulled = R"({"inspect": {"RepoDigests": ["escut-fix/weak@)" + kDigest + R"("]}, )";

    // image.signed: docker trust inspect records, checked against the local digest.
    row("signed local", "image.signed", "escut-fix/weak:latest", "", "skipped", QStringLiteral("no RepoDigests"));
    row("signed match",
        "image.signed",
        "escut-fix/weak:latest",
        pulled + R"("trust": {"state": "checked", "records": [{"reference": "escut-fix/weak:latest", "state": "signed",
        "signedDigest": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "signers": ["Repo Admin"]}]}})",
        "pass",
        QStringLiteral("signed by Repo Admin (digest aaaaaaaaaaaa…)"));
    row("signed other digest",
        "image.signed",
        "escut-fix/weak:latest",
        pulled + R"("trust": {"state": "checked", "records": [{"reference": "escut-fix/weak:latest", "state": "signed",
        "signedDigest": "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "signers": ["alice"]}]}})",
        "fail",
        QStringLiteral("signed for digest bbbbbbbbbbbb…, but this image has aaaaaaaaaaaa…"));
    row("signed unsigned tag",
        "image.signed",
        "escut-fix/weak:latest",
        pulled + R"("trust": {"state": "checked", "records": [{"reference": "escut-fix/weak:latest",
        "state": "unsigned"}]}})",
        "fail",
        QStringLiteral("this tag is not signed"));
    row("signed no data",
        "image.signed",
        "escut-fix/weak:latest",
        pulled + R"("trust": {"state": "checked", "records": [{"reference": "escut-fix/weak:latest", "state": "no-data",
        "detail": "No signatures or cannot access escut-fix/weak:latest"}]}})",
        "skipped",
        QStringLiteral("No signatures or cannot access"));
    row("signed no docker",
        "image.signed",
        "escut-fix/weak:latest",
        pulled + R"("trust": {"state": "not-installed", "reason": "The docker CLI is not installed"}})",
        "skipped",
        QStringLiteral("docker CLI is not installed"));
    row("signed failed",
        "image.signed",
        "escut-fix/weak:latest",
        pulled + R"("trust": {"state": "failed", "reason": "docker trust inspect timed out"}})",
        "error",
        QStringLiteral("timed out"));
    row("signed untagged",
        "image.signed",
        "escut-fix/weak:latest",
        R"({"trust": {"state": "untagged"}})",
        "skipped",
        QStringLiteral("Untagged"));
    row("signed not collected",
        "image.signed",
        "escut-fix/weak:latest",
        R"({"trust": null})",
        "skipped",
        QStringLiteral("not collected"));

    // image.pinned: RepoTags and the references containers were created with.
    row("pinned latest",
        "image.pinned",
        "escut-fix/weak:latest",
        "",
        "fail",
        QStringLiteral("escut-fix/weak:latest, escut-fix/weak (container escut-fix-floating)"));
    row("pinned by tag",
        "image.pinned",
        "escut-fix/static:2",
        "",
        "pass",
        QStringLiteral("Used as escut-fix/static:2 (container escut-fix-tagged)"));
    row("pinned by id",
        "image.pinned",
        "escut-fix/toolchain:1",
        "",
        "pass",
        QStringLiteral("Pinned by digest or id: ab5328f691c5 (container escut-fix-by-id)"));
    row("pinned digest noted",
        "image.pinned",
        "escut-fix/committed:1",
        R"({"inspect": {"RepoDigests": ["escut-fix/committed@)" + kDigest + R"("]}})",
        "pass",
        QStringLiteral("Digest for an exact pin: escut-fix/committed@sha256:aaaa"));
    row("pinned untagged unused",
        "image.pinned",
        "escut-fix/committed:1",
        R"({"inspect": {"RepoTags": []}})",
        "warn",
        QStringLiteral("Untagged image"));
    row("pinned registry port",
        "image.pinned",
        "escut-fix/committed:1",
        R"({"inspect": {"RepoTags": ["registry.local:5000/app"]}})",
        "pass",
        QStringLiteral("registry.local:5000/app"));

    // image.trusted-source: RepoDigests (where it was pulled from) against the trusted sources.
    row("trusted local",
        "image.trusted-source",
        "escut-fix/weak:latest",
        "",
        "warn",
        QStringLiteral("docker.io/escut-fix/weak was built or imported on this host"));
    row("trusted added",
        "image.trusted-source",
        "escut-fix/weak:latest",
        R"({"trustedSources": {"sources": ["docker.io/library", "escut-fix/"], "origin": "default",
        "added": ["escut-fix/"]}})",
        "pass",
        QStringLiteral("under the trusted source escut-fix/"));
    row("trusted official",
        "image.trusted-source",
        "escut-fix/weak:latest",
        R"({"inspect": {"RepoDigests": ["nginx@)" + kDigest + R"("]}})",
        "pass",
        QStringLiteral("Pulled from docker.io/library/nginx, under the trusted source docker.io/library"));
    row("trusted microsoft",
        "image.trusted-source",
        "escut-fix/weak:latest",
        R"({"inspect": {"RepoDigests": ["mcr.microsoft.com/dotnet/runtime@)" + kDigest + R"("]}})",
        "pass",
        QStringLiteral("mcr.microsoft.com/dotnet/runtime"));
    row("trusted unknown registry",
        "image.trusted-source",
        "escut-fix/weak:latest",
        R"({"inspect": {"RepoDigests": ["quay.io/someone/tool@)" + kDigest + R"("]}})",
        "fail",
        QStringLiteral("Pulled from quay.io/someone/tool, which is not a trusted source (docker.io/library, "
                       "mcr.microsoft.com, gcr.io, registry.k8s.io; the default list)"));
    row("trusted hub user",
        "image.trusted-source",
        "escut-fix/weak:latest",
        R"({"inspect": {"RepoDigests": ["someone/nginx@)" + kDigest + R"("]}})",
        "fail",
        QStringLiteral("docker.io/someone/nginx"));
    row("trusted settings file",
        "image.trusted-source",
        "escut-fix/weak:latest",
        R"({"inspect": {"RepoDigests": ["gcr.io/distroless/static@)" + kDigest + R"("]},
        "trustedSources": {"sources": ["ghcr.io/me"], "origin": "/home/u/.config/escut/escut.conf", "added": []}})",
        "fail",
        QStringLiteral("ghcr.io/me; trustedSources in /home/u/.config/escut/escut.conf"));

    // image.committed: the real docker commit, the classic builder, BuildKit and a custom SHELL.
    row("committed",
        "image.committed",
        "escut-fix/committed:1",
        "",
        "fail",
        QStringLiteral("layer 2 of 2: 'sh -c echo changed > /changed' with the message 'hotfix by hand'"));
    row("committed classic build",
        "image.committed",
        "escut-fix/weak:latest",
        "",
        "pass",
        QStringLiteral("build or a docker import"));
    row("committed buildkit",
        "image.committed",
        "escut-fix/weak:latest",
        R"({"history": [{"CreatedBy": "CMD [\"/app\"]", "Comment": "buildkit.dockerfile.v0"},
        {"CreatedBy": "RUN |1 V=1 /bin/sh -c make # buildkit", "Comment": "buildkit.dockerfile.v0"},
        {"CreatedBy": "COPY . /src # buildkit", "Comment": "buildkit.dockerfile.v0"},
        {"CreatedBy": "/bin/sh -c #(nop) ADD file:0f3a in / "}]})",
        "pass",
        QStringLiteral("comes from a build"));
    row("committed custom shell",
        "image.committed",
        "escut-fix/weak:latest",
        R"({"history": [{"CreatedBy": "/bin/bash -o pipefail -c apt-get update"},
        {"CreatedBy": "/bin/bash -o pipefail -c #(nop)  WORKDIR /app"},
        {"CreatedBy": "/bin/sh -c #(nop)  SHELL [/bin/bash -o pipefail -c]"},
        {"CreatedBy": "|2 A=1 B=2 /bin/sh -c echo $A"}]})",
        "pass",
        QStringLiteral("comes from a build"));
    row("committed secret redacted",
        "image.committed",
        "escut-fix/weak:latest",
        R"({"history": [{"CreatedBy": "mysqld --password=hunter2 --user=mysql"}]})",
        "fail",
        QStringLiteral("'mysqld --password=*** --user=mysql'"));
    row("committed no history",
        "image.committed",
        "escut-fix/weak:latest",
        R"({"history": []})",
        "skipped",
        QStringLiteral("no history"));

    // image.add-url: the classic builder's bare-hash ADD (real) and BuildKit's instruction.
    row("add-url classic",
        "image.add-url",
        "escut-fix/weak:latest",
        "",
        "fail",
        QStringLiteral("#(nop) ADD a63ad1db829d568ffde971bac3ee54a3cf000ff8995ba352217cb5b9730f09c6 in /payload.txt"));
    row("add-url buildkit",
        "image.add-url",
        "escut-fix/weak:latest",
        R"({"history": [{"CreatedBy": "ADD https://bob:s3cret@example.com/tool.tgz /opt/ # buildkit",
        "Comment": "buildkit.dockerfile.v0"}]})",
        "fail",
        QStringLiteral("ADD https://bob:***@example.com/tool.tgz /opt/"));
    row("add-url local files",
        "image.add-url",
        "escut-fix/static:2",
        "",
        "pass",
        QStringLiteral("No ADD of a remote URL"));
    row("add-url local add",
        "image.add-url",
        "escut-fix/weak:latest",
        R"({"history": [{"CreatedBy": "/bin/sh -c #(nop) ADD file:281c in /local.txt "},
        {"CreatedBy": "ADD app.tar.gz /app # buildkit"}]})",
        "pass",
        QStringLiteral("No ADD of a remote URL"));

    // image.env-secrets: names only.
    row("env secret",
        "image.env-secrets",
        "escut-fix/weak:latest",
        "",
        "fail",
        QStringLiteral("Config.Env sets API_TOKEN (values not shown)"));
    row("env clean", "image.env-secrets", "escut-fix/static:2", "", "pass", QStringLiteral("1 set"));
    row("env empty value",
        "image.env-secrets",
        "escut-fix/static:2",
        R"({"inspect": {"Config": {"Env": ["DB_PASSWORD="]}}})",
        "pass",
        QStringLiteral("secret-looking name"));
    row("env none", "image.env-secrets", "escut-fix/toolchain:1", "", "pass", QStringLiteral("Config.Env is empty"));

    // image.vulnerabilities (trivy) and image.lint (dockle), from their facts.
    row("trivy disabled", "image.vulnerabilities", "escut-fix/static:2", "", "skipped", QStringLiteral("--no-scan"));
    row("trivy missing",
        "image.vulnerabilities",
        "escut-fix/static:2",
        R"({"scans": [{"tool": "trivy", "state": "not-installed", "reason": "trivy is not installed: install it"}]})",
        "skipped",
        QStringLiteral("trivy is not installed"));
    row("trivy failed",
        "image.vulnerabilities",
        "escut-fix/static:2",
        R"({"scans": [{"tool": "trivy", "state": "failed", "reason": "trivy did not finish"}]})",
        "error",
        QStringLiteral("did not finish"));
    row("trivy clean",
        "image.vulnerabilities",
        "escut-fix/static:2",
        trivyScan("[]"),
        "pass",
        QStringLiteral("trivy 0.50.1 found no known vulnerability"));
    row("trivy medium",
        "image.vulnerabilities",
        "escut-fix/static:2",
        trivyScan(R"([{"kind": "vulnerability", "id": "CVE-2019-1549", "severity": "MEDIUM",
        "package": "libcrypto1.1", "installed": "1.1.1b-r1", "fixed": "1.1.1d-r0"}])"),
        "warn",
        QStringLiteral("1 vulnerabilities (1 MEDIUM; 1 with a fixed version): MEDIUM CVE-2019-1549 in "
                       "libcrypto1.1 1.1.1b-r1, fixed in 1.1.1d-r0"));
    row("trivy critical",
        "image.vulnerabilities",
        "escut-fix/static:2",
        trivyScan(R"([{"kind": "vulnerability", "id": "CVE-2019-1549", "severity": "MEDIUM", "package": "a",
        "installed": "1"}, {"kind": "vulnerability", "id": "CVE-2019-14697", "severity": "CRITICAL",
        "package": "musl", "installed": "1.1.20-r4", "fixed": "1.1.20-r5"}])"),
        "fail",
        QStringLiteral("2 vulnerabilities (1 CRITICAL, 1 MEDIUM; 1 with a fixed version): CRITICAL "
                       "CVE-2019-14697 in musl 1.1.20-r4, fixed in 1.1.20-r5, MEDIUM CVE-2019-1549 in a 1, "
                       "no fix yet"));
    row("trivy secret",
        "image.vulnerabilities",
        "escut-fix/static:2",
        trivyScan(R"([{"kind": "secret", "id": "aws-access-key-id", "severity": "CRITICAL", "package": "deploy.sh"}])"),
        "fail",
        QStringLiteral("1 secret(s) in files (values not shown): CRITICAL aws-access-key-id in deploy.sh"));
    row("dockle disabled", "image.lint", "escut-fix/static:2", "", "skipped", QStringLiteral("--no-scan"));
    row("dockle fatal",
        "image.lint",
        "escut-fix/static:2",
        dockleScan(R"([{"kind": "checkpoint", "id": "CIS-DI-0001", "severity": "WARN", "title": "Create a user"},
        {"kind": "checkpoint", "id": "CIS-DI-0010", "severity": "FATAL", "title": "Do not store credential"}])"),
        "fail",
        QStringLiteral("dockle 0.4.14: 1 FATAL, 1 WARN. FATAL: CIS-DI-0010 Do not store credential."));
    row("dockle warn",
        "image.lint",
        "escut-fix/static:2",
        dockleScan(R"([{"kind": "checkpoint", "id": "DKL-DI-0006", "severity": "WARN", "title": "Avoid latest tag"}])"),
        "warn",
        QStringLiteral("WARN: DKL-DI-0006 Avoid latest tag"));
    row("dockle info",
        "image.lint",
        "escut-fix/static:2",
        dockleScan(R"([{"kind": "checkpoint", "id": "CIS-DI-0005", "severity": "INFO", "title": "Content trust"},
        {"kind": "checkpoint", "id": "CIS-DI-0008", "severity": "SKIP", "title": "setuid"}])"),
        "pass",
        QStringLiteral("1 INFO"));
    row("dockle clean",
        "image.lint",
        "escut-fix/static:2",
        dockleScan("[]"),
        "pass",
        QStringLiteral("raised no checkpoint"));

    // image.distroless and image.no-compiler: the real probes.
    row("distroless busybox",
        "image.distroless",
        "escut-fix/weak:latest",
        "",
        "fail",
        QStringLiteral("Shells: /bin/sh → /bin/busybox, /bin/busybox. Package managers: none."));
    row("distroless static",
        "image.distroless",
        "escut-fix/static:2",
        "",
        "pass",
        QStringLiteral("the image has none of /bin"));
    row("distroless toolchain",
        "image.distroless",
        "escut-fix/toolchain:1",
        "",
        "fail",
        QStringLiteral("Shells: /usr/bin/sh → /usr/bin/dash, /usr/bin/dash. Package managers: /usr/sbin/apk."));
    row("distroless probe error",
        "image.distroless",
        "escut-fix/static:2",
        R"({"probe": {"error": "Could not create a stopped container"}})",
        "error",
        QStringLiteral("Could not create"));
    row("distroless not probed",
        "image.distroless",
        "escut-fix/static:2",
        R"({"probe": null})",
        "skipped",
        QStringLiteral("not collected"));
    row("distroless windows",
        "image.distroless",
        "escut-fix/static:2",
        R"({"inspect": {"Os": "windows"}})",
        "skipped",
        QStringLiteral("Windows"));
    row("compiler toolchain",
        "image.no-compiler",
        "escut-fix/toolchain:1",
        "",
        "fail",
        QStringLiteral("/usr/bin/gcc → /usr/bin/gcc-12, /usr/local/go/bin/go"));
    row("compiler busybox",
        "image.no-compiler",
        "escut-fix/weak:latest",
        "",
        "pass",
        QStringLiteral("No compiler (30 path(s) checked in /bin)"));
    row("compiler not probed",
        "image.no-compiler",
        "escut-fix/weak:latest",
        R"({"probe": null})",
        "skipped",
        QStringLiteral("not collected"));

    // image.setuid: the probe's scan of the whole filesystem.
    const auto setuidProbe = [](const QByteArray& setuid) {
        return R"({"probe": {"directories": ["/bin"], "pathsChecked": 30, "found": [], "setuid": )" + setuid + "}}";
    };
    row("setuid found",
        "image.setuid",
        "escut-fix/weak:latest",
        setuidProbe(R"({"state": "done", "total": 2, "entries": 900, "files": [
            {"path": "/usr/bin/passwd", "mode": "4755", "uid": 0, "gid": 0},
            {"path": "/usr/bin/wall", "mode": "2755", "uid": 0, "gid": 5}]})"),
        "warn",
        QStringLiteral("2 setuid or setgid file(s) in the image: /usr/bin/passwd (setuid, mode 4755, owner 0:0), "
                       "/usr/bin/wall (setgid, mode 2755, owner 0:5)."));
    row("setuid many",
        "image.setuid",
        "escut-fix/weak:latest",
        setuidProbe(R"({"state": "done", "total": 640, "entries": 9000, "files": [
            {"path": "/bin/s0", "mode": "4755"}, {"path": "/bin/s1", "mode": "4755"},
            {"path": "/bin/s2", "mode": "4755"}, {"path": "/bin/s3", "mode": "4755"},
            {"path": "/bin/s4", "mode": "6755", "uid": 1000, "gid": 1000}, {"path": "/bin/s5", "mode": "4755"}]})"),
        "warn",
        QStringLiteral("/bin/s3 (setuid, mode 4755, owner 0:0), /bin/s4 (setuid and setgid, mode 6755, owner "
                       "1000:1000) and 635 more."));
    row("setuid hostile path",
        "image.setuid",
        "escut-fix/weak:latest",
        setuidProbe(R"({"state": "done", "total": 1, "entries": 2, "files": [
            {"path": "/bin/a\nFAKE: pass\u001b[2J", "mode": "4755"}]})"),
        "warn",
        QStringLiteral("/bin/a FAKE: pass"));
    row("setuid none",
        "image.setuid",
        "escut-fix/weak:latest",
        setuidProbe(R"({"state": "done", "total": 0, "entries": 1234, "files": []})"),
        "pass",
        QStringLiteral("No setuid or setgid file among the image's 1234 file(s) and directories."));
    row("setuid partial",
        "image.setuid",
        "escut-fix/weak:latest",
        setuidProbe(R"({"state": "failed", "reason": "The archive is damaged at byte 4096.", "total": 1,
            "entries": 7, "files": [{"path": "/bin/su", "mode": "4755"}]})"),
        "warn",
        QStringLiteral("/bin/su (setuid, mode 4755, owner 0:0). The scan did not read the whole image, so there may "
                       "be more: The archive is damaged at byte 4096."));
    row("setuid scan failed",
        "image.setuid",
        "escut-fix/weak:latest",
        setuidProbe(R"({"state": "failed", "reason": "The archive is damaged at byte 4096.", "total": 0})"),
        "skipped",
        QStringLiteral("The archive is damaged at byte 4096."));
    row("setuid scan incomplete",
        "image.setuid",
        "escut-fix/weak:latest",
        setuidProbe(R"({"state": "incomplete", "reason": "Cancelled.", "total": 0})"),
        "skipped",
        QStringLiteral("Cancelled."));
    row("setuid older probe",
        "image.setuid",
        "escut-fix/weak:latest",
        "",
        "skipped",
        QStringLiteral("made before Escut looked for setuid and setgid files"));
    row("setuid not probed",
        "image.setuid",
        "escut-fix/weak:latest",
        R"({"probe": null})",
        "skipped",
        QStringLiteral("not collected"));
    row("setuid probe error",
        "image.setuid",
        "escut-fix/static:2",
        R"({"probe": {"error": "Could not create a stopped container"}})",
        "error",
        QStringLiteral("Could not create"));
    row("setuid windows",
        "image.setuid",
        "escut-fix/static:2",
        R"({"inspect": {"Os": "windows"}})",
        "skipped",
        QStringLiteral("Windows"));

    // image.user-nonroot and image.healthcheck: Config.
    row("user set",
        "image.user-nonroot",
        "escut-fix/static:2",
        "",
        "pass",
        QStringLiteral("Config.User is 65534:65534"));
    row("user named",
        "image.user-nonroot",
        "escut-fix/static:2",
        R"({"inspect": {"Config": {"User": "app"}}})",
        "pass",
        QStringLiteral("app"));
    row("user unset", "image.user-nonroot", "escut-fix/weak:latest", "", "fail", QStringLiteral("not set, so root"));
    row("user root",
        "image.user-nonroot",
        "escut-fix/static:2",
        R"({"inspect": {"Config": {"User": "root:root"}}})",
        "fail",
        QStringLiteral("root:root"));
    row("user zero",
        "image.user-nonroot",
        "escut-fix/static:2",
        R"({"inspect": {"Config": {"User": "0"}}})",
        "fail",
        QStringLiteral("Config.User is 0"));
    row("health set", "image.healthcheck", "escut-fix/static:2", "", "pass", QStringLiteral("HEALTHCHECK CMD /app"));
    row("health unset", "image.healthcheck", "escut-fix/weak:latest", "", "fail", QStringLiteral("no HEALTHCHECK"));
    row("health none",
        "image.healthcheck",
        "escut-fix/static:2",
        R"({"inspect": {"Config": {"Healthcheck": {"Test": ["NONE"]}}}})",
        "fail",
        QStringLiteral("NONE"));
}

void TestImageChecks::checks()
{
    QFETCH(QString, check);
    QFETCH(QString, image);
    QFETCH(QByteArray, patch);
    QFETCH(QString, status);
    QFETCH(QString, evidence);
    QString imageId;
    const Snapshot snapshot = snapshotWith(image, parse(patch), &imageId);
    const CheckDef* def = findCheck(check);
    QVERIFY2(def, qPrintable(check));
    QCOMPARE(def->scope, Scope::Image);
    const QList<Subject> subjects = subjectsFor(snapshot, Scope::Image);
    const auto subject =
        std::find_if(subjects.begin(), subjects.end(), [&](const Subject& s) { return s.id == imageId; });
    QVERIFY(subject != subjects.end());
    const Outcome outcome = def->evaluate(snapshot, *subject);
    QVERIFY2(statusId(outcome.status) == status,
             qPrintable(QStringLiteral("got %1: %2").arg(statusId(outcome.status), outcome.evidence)));
    QVERIFY2(outcome.evidence.contains(evidence), qPrintable(outcome.evidence));
    (status == QLatin1String("pass") ? m_passRows : m_otherRows).insert(check);
}

void TestImageChecks::everyImageCheckHasPassAndFailRows()
{
    int count = 0;
    for (const CheckDef& def : catalogue()) {
        if (def.scope != Scope::Image) {
            continue;
        }
        ++count;
        QVERIFY2(m_passRows.contains(QString::fromLatin1(def.id)), def.id);
        QVERIFY2(m_otherRows.contains(QString::fromLatin1(def.id)), def.id);
        QVERIFY(def.layer == Layer::SupplyChain || def.layer == Layer::MinimalImage);
    }
    QCOMPARE(count, 13);
}

void TestImageChecks::everyImageIsASubject()
{
    const Result<Snapshot> snapshot = Snapshot::fromJson(readObject(QStringLiteral("snapshots/images-real.json")));
    QVERIFY(snapshot.ok());
    const QList<Finding> findings = evaluate(snapshot.value(), {{Layer::SupplyChain, Layer::MinimalImage}});
    QCOMPARE(findings.size(), 5 * 13); // five images, thirteen checks each
    for (const Finding& f : findings) {
        QCOMPARE(f.subject.scope, Scope::Image);
        QVERIFY(f.status != Status::Error);
    }
}

void TestImageChecks::roundTripIsLossless()
{
    const QJsonObject json = readObject(QStringLiteral("snapshots/images-real.json"));
    const Result<Snapshot> once = Snapshot::fromJson(json);
    QVERIFY(once.ok());
    QCOMPARE(once.value().imageAnalysis.toJson(), json.value(QStringLiteral("imageAnalysis")).toObject());
    const Result<Snapshot> twice = Snapshot::fromJson(once.value().toJson());
    QVERIFY(twice.ok());
    QVERIFY(twice.value().imageAnalysis == once.value().imageAnalysis);
    QCOMPARE(twice.value().toJson(), once.value().toJson());

    // Every kind of fact, filled in.
    QString id;
    const Snapshot full =
        snapshotWith(QStringLiteral("escut-fix/weak:latest"),
                     parse(R"({"trust": {"state": "checked", "records": [{"reference": "a:1", "state": "signed",
        "signedDigest": "ab", "signers": ["alice", "bob"], "detail": "x"}]},
        "scans": [{"tool": "trivy", "state": "done", "toolVersion": "0.50.1", "scannedAt": "2026-12-01T10:00:00.000Z",
        "findings": [{"kind": "vulnerability", "id": "CVE-1", "severity": "HIGH", "package": "p", "installed": "1",
        "fixed": "2", "title": "t"}]}, {"tool": "dockle", "state": "done", "toolVersion": "0.4.14",
        "findings": [{"kind": "checkpoint", "id": "CIS-DI-0001", "severity": "WARN", "title": "t", "alerts": 2}]}],
        "trustedSources": {"sources": ["a", "b"], "origin": "/x/escut.conf", "added": ["b"]},
        "probe": {"directories": ["/bin"], "pathsChecked": 30, "found": [], "setuid": {"state": "incomplete",
        "reason": "r", "total": 3, "entries": 40, "bytes": 20480, "elapsedMs": 12, "files": [{"path": "/bin/su",
        "mode": "4755", "uid": 0, "gid": 0}, {"path": "/bin/wall", "mode": "2711", "uid": 12, "gid": 34}]}}})"),
                     &id);
    const Result<Snapshot> back = Snapshot::fromJson(full.toJson());
    QVERIFY(back.ok());
    QVERIFY(back.value().imageAnalysis == full.imageAnalysis);
    QCOMPARE(back.value().imageAnalysis.scan(id, QStringLiteral("dockle"))->findings.first().alerts, 2);
    const ImageSetuidFact& setuid = back.value().imageAnalysis.probe(id)->setuid;
    QCOMPARE(setuid.state, ImageSetuidFact::State::Incomplete);
    QCOMPARE(setuid.total, 3);
    QCOMPARE(setuid.bytes, 20480);
    QCOMPARE(setuid.files.value(1), (SetuidFile{QStringLiteral("/bin/wall"), 02711, 12, 34}));
    // Every field, as written.
    QCOMPARE(setuid.toJson(), parse(R"({"state": "incomplete", "reason": "r", "total": 3, "entries": 40, "bytes": 20480,
        "elapsedMs": 12, "files": [{"path": "/bin/su", "mode": "4755", "uid": 0, "gid": 0}, {"path": "/bin/wall",
        "mode": "2711", "uid": 12, "gid": 34}]})"));
    QCOMPARE(back.value().imageAnalysis.scan(id, QStringLiteral("trivy"))->scannedAt,
             QDateTime::fromString(QStringLiteral("2026-12-01T10:00:00.000Z"), Qt::ISODateWithMs));
}

void TestImageChecks::secretValuesNeverShow()
{
    const Result<Snapshot> snapshot = Snapshot::fromJson(readObject(QStringLiteral("snapshots/images-real.json")));
    QVERIFY(snapshot.ok());
    for (const Finding& f : evaluate(snapshot.value())) {
        QVERIFY2(!f.evidence.contains(QStringLiteral("not-a-real-token")), qPrintable(f.evidence));
    }
}

void TestImageChecks::olderSnapshotsGetDefaults()
{
    QJsonObject json = readObject(QStringLiteral("snapshots/images-real.json"));
    json.remove(QStringLiteral("imageAnalysis"));
    const Result<Snapshot> snapshot = Snapshot::fromJson(json);
    QVERIFY(snapshot.ok());
    QCOMPARE(snapshot.value().imageAnalysis.trustedSources.sources, TrustedSourcesFact::defaults());
    for (const Finding& f : evaluate(snapshot.value(), {{Layer::MinimalImage}})) {
        if (QLatin1String(f.check->id) == QLatin1String("image.distroless") ||
            QLatin1String(f.check->id) == QLatin1String("image.setuid")) {
            QCOMPARE(f.status, Status::Skipped);
        }
    }
}

QTEST_GUILESS_MAIN(TestImageChecks)
#include "test_imagechecks.moc"
