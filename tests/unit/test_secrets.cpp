// SPDX-License-Identifier: GPL-3.0-or-later
// Secret values never leave the process: what the redactors hide and keep, and that a snapshot written to a file holds
// no secret, is private to its owner and still gives the findings the live facts gave.
#include "tests/common/TestUtil.h"

#include "core/checks/Finding.h"
#include "core/facts/ComposeFile.h"
#include "core/facts/Snapshot.h"
#include "core/util/Secrets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace escut;

namespace
{

const QString M = QString::fromLatin1(secrets::Marker);

// Every secret value the sample snapshot holds; none may appear in what it writes.
const QStringList SecretValues{
    QStringLiteral("hunter2"),
    QStringLiteral("s3cr3tpw"),
    QStringLiteral("k e y"),
    QStringLiteral("ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
    QStringLiteral("pa55w0rd"),
    QStringLiteral("MIIEowIBAAKCAQEA"),
    QStringLiteral("swordfish"),
    QStringLiteral("AKIAABCDEFGHIJKLMNOP"),
    QStringLiteral("tr0ub4dor"),
    QStringLiteral("labelsecret"),
};

const QByteArray ComposeText = "services:\n"
                               "  web:\n"
                               "    image: nginx:1.25\n"
                               "    environment:\n"
                               "      DB_PASSWORD: hunter2   # a comment stays\n"
                               "      API_URL: \"https://bob:s3cr3tpw@example.com/api\"\n"
                               "      LOG_LEVEL: info\n"
                               "      PASSWORD_MIN_LENGTH: 12\n"
                               "      SESSION_SECRET: null\n"
                               "      TLS_PRIVATE_KEY: |\n"
                               "        -----BEGIN RSA PRIVATE KEY-----\n"
                               "        MIIEowIBAAKCAQEA\n"
                               "\n"
                               "        -----END RSA PRIVATE KEY-----\n"
                               "    labels:\n"
                               "      owner: team-\xff\xfe\n" // not UTF-8: kept byte for byte
                               "  worker:\n"
                               "    image: busybox:1\n"
                               "    environment:\n"
                               "      - AUTH_TOKEN='k e y'\n"
                               "      - GH=ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n"
                               "      - REF_PASSWORD=${DB_PASSWORD}\n"
                               "      - PASSWORD_FILE=/run/secrets/db\n"
                               "    command: sh -c 'mysql --password=pa55w0rd'\n";

const QByteArray DockerfileText = "FROM alpine:3.19\n"
                                  "ENV DB_PASSWORD swordfish and more words\n"
                                  "ENV A=1 API_KEY=\"k e y\" B=2\n"
                                  "ARG AWS_ID=AKIAABCDEFGHIJKLMNOP\n"
                                  "# caf\xe9 in Latin-1\n"
                                  "RUN wget https://user:tr0ub4dor@example.com/x.tgz \\\n"
                                  "    && mysqld --password=hunter2\n"
                                  "USER app\n";

Snapshot sample()
{
    Snapshot s;
    s.toolVersion = QStringLiteral("0.1.0");
    s.collectedAt = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
    s.endpoint.url = QStringLiteral("unix:///var/run/docker.sock");
    s.endpoint.socketPath = QStringLiteral("/var/run/docker.sock");
    s.version = QJsonObject{{QStringLiteral("Version"), QStringLiteral("26.1.5")},
                            {QStringLiteral("ApiVersion"), QStringLiteral("1.45")}};
    s.daemonCommandLine = {QStringLiteral("/usr/bin/dockerd"),
                           QStringLiteral("--registry-mirror"),
                           QStringLiteral("https://mirror:s3cr3tpw@mirror.example.com")};
    s.containers.append(QJsonDocument::fromJson(R"({
        "Id": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "Name": "/db",
        "Image": "sha256:bbbb",
        "Path": "mysqld",
        "Args": ["--password", "swordfish", "--user=mysql", "--api-token=tr0ub4dor"],
        "State": {"Status": "running", "Running": true, "Pid": 42},
        "Config": {
            "User": "",
            "Image": "mysql:8",
            "Env": ["MYSQL_ROOT_PASSWORD=hunter2", "PATH=/usr/bin", "AWS=AKIAABCDEFGHIJKLMNOP",
                    "PASSWORD_FILE=/run/secrets/pw", "EMPTY_TOKEN="],
            "Cmd": ["mysqld", "--password=pa55w0rd"],
            "Labels": {"com.example.db-password": "labelsecret", "com.example.team": "data"}
        },
        "HostConfig": {"Privileged": false, "CapAdd": null, "SecurityOpt": null},
        "Mounts": []
    })")
                            .object());
    ImageFact image;
    image.inspect = QJsonDocument::fromJson(R"({
        "Id": "sha256:bbbb",
        "RepoTags": ["mysql:8"],
        "Config": {"User": "", "Env": ["GITHUB_TOKEN=ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "LANG=C.UTF-8"]}
    })")
                        .object();
    image.history = QJsonDocument::fromJson(R"([
        {"CreatedBy": "/bin/sh -c #(nop)  ENV DB_PASSWORD=swordfish"},
        {"CreatedBy": "ADD https://bob:tr0ub4dor@example.com/tool.tgz /opt/ # buildkit", "Comment": "buildkit.dockerfile.v0"},
        {"CreatedBy": "mysqld --password=hunter2 --user=mysql"}
    ])")
                        .array();
    s.images.append(image);
    ComposeFileFact compose;
    compose.path = QStringLiteral("/srv/app/compose.yaml");
    compose.project = QStringLiteral("app");
    compose.text = ComposeText;
    s.composeFiles.append(compose);
    DockerfileFact dockerfile;
    dockerfile.path = QStringLiteral("/srv/app/Dockerfile");
    dockerfile.origins = {QStringLiteral("--dockerfile")};
    dockerfile.text = DockerfileText;
    dockerfile.buildArgs.insert(QStringLiteral("NPM_TOKEN"), QStringLiteral("hunter2"));
    dockerfile.buildArgs.insert(QStringLiteral("APP_USER"), QStringLiteral("app"));
    s.dockerfiles.append(dockerfile);
    DaemonConfigFact config;
    config.path = QStringLiteral("/etc/docker/daemon.json");
    config.exists = true;
    config.readable = true;
    config.text = "{\n  \"registry-mirrors\": [\"https://u:s3cr3tpw@mirror.example.com\"],\n  \"icc\": false\n}\n";
    s.setDaemonConfigFact(config);
    return s;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data();
    void text();
    void arguments();
    void envEntry();
    void yamlHidesValuesAndKeepsStructure();
    void yamlKeepsEverythingElse();
    void dockerfile();
    void markerCountsAsSecret();
    void snapshotWritesNoSecret();
    void redactedSnapshotGivesTheSameFindings();
    void savedSnapshotIsPrivate();
};

void TestSecrets::text_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("url password") << QStringLiteral("git clone https://bob:hunter2@example.com/r.git")
                                  << QStringLiteral("git clone https://bob:%1@example.com/r.git").arg(M);
    QTest::newRow("flag with value") << QStringLiteral("mysqld --password=hunter2 --user=mysql")
                                     << QStringLiteral("mysqld --password=%1 --user=mysql").arg(M);
    QTest::newRow("assignment") << QStringLiteral("export DB_PASS=hunter2; run")
                                << QStringLiteral("export DB_PASS=%1; run").arg(M);
    QTest::newRow("double quoted") << QStringLiteral("API_KEY=\"k e y\" next")
                                   << QStringLiteral("API_KEY=\"%1\" next").arg(M);
    QTest::newRow("json pair") << QStringLiteral("{\"password\":\"x y\",\"user\":\"bob\"}")
                               << QStringLiteral("{\"password\":\"%1\",\"user\":\"bob\"}").arg(M);
    QTest::newRow("github token") << QStringLiteral("echo ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa > f")
                                  << QStringLiteral("echo %1 > f").arg(M);
    QTest::newRow("aws key") << QStringLiteral("id AKIAABCDEFGHIJKLMNOP.") << QStringLiteral("id %1.").arg(M);
    QTest::newRow("variable reference kept")
        << QStringLiteral("PASSWORD=$DB_PASSWORD cmd") << QStringLiteral("PASSWORD=$DB_PASSWORD cmd");
    QTest::newRow("describing name kept")
        << QStringLiteral("PASSWORD_FILE=/run/secrets/pw") << QStringLiteral("PASSWORD_FILE=/run/secrets/pw");
    QTest::newRow("url without password kept") << QStringLiteral("curl https://example.com:8443/x?a=b")
                                               << QStringLiteral("curl https://example.com:8443/x?a=b");
    QTest::newRow("plain text kept") << QStringLiteral("apt-get install -y curl && rm -rf /var/lib/apt")
                                     << QStringLiteral("apt-get install -y curl && rm -rf /var/lib/apt");
}

void TestSecrets::text()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(secrets::redactText(input), expected);
    QCOMPARE(secrets::redactText(expected), expected); // idempotent
}

void TestSecrets::arguments()
{
    const QStringList in{QStringLiteral("mysqld"),
                         QStringLiteral("--password"),
                         QStringLiteral("hunter2"),
                         QStringLiteral("-p"),
                         QStringLiteral("8080"),
                         QStringLiteral("--token=abc"),
                         QStringLiteral("--secret-file"),
                         QStringLiteral("/run/s"),
                         QStringLiteral("--auth"),
                         QStringLiteral("--verbose")};
    const QStringList expected{QStringLiteral("mysqld"),
                               QStringLiteral("--password"),
                               M,
                               QStringLiteral("-p"),
                               QStringLiteral("8080"),
                               QStringLiteral("--token=") + M,
                               QStringLiteral("--secret-file"),
                               QStringLiteral("/run/s"),
                               QStringLiteral("--auth"),
                               QStringLiteral("--verbose")};
    QCOMPARE(secrets::redactArguments(in), expected);
}

void TestSecrets::envEntry()
{
    QCOMPARE(secrets::redactEnvEntry(QStringLiteral("DB_PASSWORD=x")), QStringLiteral("DB_PASSWORD=") + M);
    QCOMPARE(secrets::redactEnvEntry(QStringLiteral("URL=https://a:b1234567@example.com/x")),
             QStringLiteral("URL=") + M);
    QCOMPARE(secrets::redactEnvEntry(QStringLiteral("DB_PASSWORD=")), QStringLiteral("DB_PASSWORD="));
    QCOMPARE(secrets::redactEnvEntry(QStringLiteral("PATH=/usr/bin:/bin")), QStringLiteral("PATH=/usr/bin:/bin"));
    QCOMPARE(secrets::redactEnvEntry(QStringLiteral("TOKENIZERS_PARALLELISM=true")),
             QStringLiteral("TOKENIZERS_PARALLELISM=true"));
}

void TestSecrets::yamlHidesValuesAndKeepsStructure()
{
    const QByteArray out = secrets::redactYaml(ComposeText);
    for (const QString& secret : SecretValues) {
        QVERIFY2(!out.contains(secret.toLatin1()), qPrintable(secret));
    }
    QVERIFY(out.contains("      DB_PASSWORD: " + QByteArray(secrets::Marker) + "   # a comment stays\n"));
    QVERIFY(out.contains("API_URL: \"https://bob:" + QByteArray(secrets::Marker) + "@example.com/api\""));
    QVERIFY(out.contains("      - AUTH_TOKEN='" + QByteArray(secrets::Marker) + "'\n"));
    QVERIFY(out.contains("        " + QByteArray(secrets::Marker) + "\n\n        " + QByteArray(secrets::Marker)));
    // Same lines, same services, same keys: only values changed.
    QCOMPARE(out.count('\n'), ComposeText.count('\n'));
    const Result<QJsonObject> before = composeToJson(ComposeText);
    const Result<QJsonObject> after = composeToJson(out);
    QVERIFY2(before.ok(), qPrintable(before.ok() ? QString() : before.error().fullText()));
    QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error().fullText()));
    const auto env = [](const QJsonObject& doc, const char* service) {
        return doc.value(QStringLiteral("services"))
            .toObject()
            .value(QLatin1String(service))
            .toObject()
            .value(QStringLiteral("environment"));
    };
    QCOMPARE(env(after.value(), "web").toObject().keys(), env(before.value(), "web").toObject().keys());
    QCOMPARE(env(after.value(), "worker").toArray().size(), env(before.value(), "worker").toArray().size());
    QCOMPARE(env(after.value(), "web").toObject().value(QStringLiteral("SESSION_SECRET")),
             env(before.value(), "web").toObject().value(QStringLiteral("SESSION_SECRET"))); // null stays null
}

void TestSecrets::yamlKeepsEverythingElse()
{
    const QByteArray out = secrets::redactYaml(ComposeText);
    QVERIFY(out.contains("      owner: team-\xff\xfe\n"));
    QVERIFY(out.contains("      LOG_LEVEL: info\n"));
    QVERIFY(out.contains("      PASSWORD_MIN_LENGTH: 12\n"));
    QVERIFY(out.contains("      - REF_PASSWORD=${DB_PASSWORD}\n"));
    QVERIFY(out.contains("      - PASSWORD_FILE=/run/secrets/db\n"));
    const QByteArray plain = "services:\n  a:\n    image: x\n    ports: [\"80:80\"]\nsecrets:\n  db:\n    file: ./db\n";
    QCOMPARE(secrets::redactYaml(plain), plain);
}

void TestSecrets::dockerfile()
{
    const QByteArray out = secrets::redactDockerfile(DockerfileText);
    for (const QString& secret : SecretValues) {
        QVERIFY2(!out.contains(secret.toLatin1()), qPrintable(secret));
    }
    const QByteArray m(secrets::Marker);
    QVERIFY(out.contains("ENV DB_PASSWORD " + m + "\n"));
    QVERIFY(out.contains("ENV A=1 API_KEY=\"" + m + "\" B=2\n"));
    QVERIFY(out.contains("ARG AWS_ID=" + m + "\n"));
    QVERIFY(out.contains("# caf\xe9 in Latin-1\n"));
    QVERIFY(out.contains("RUN wget https://user:" + m + "@example.com/x.tgz \\\n"));
    QVERIFY(out.contains("    && mysqld --password=" + m + "\n"));
    QVERIFY(out.startsWith("FROM alpine:3.19\n"));
    QVERIFY(out.endsWith("USER app\n"));
}

void TestSecrets::markerCountsAsSecret()
{
    QVERIFY(secrets::looksLikeSecretValue(M));
    QVERIFY(secrets::isSecretEnv(QStringLiteral("URL"), M));
    QVERIFY(secrets::isSecretEnv(QStringLiteral("URL"), QStringLiteral("https://bob:%1@example.com").arg(M)));
    QVERIFY(!secrets::looksLikeSecretValue(QStringLiteral("https://example.com/escut")));
}

void TestSecrets::snapshotWritesNoSecret()
{
    const QByteArray written = QJsonDocument(sample().toJson()).toJson();
    for (const QString& secret : SecretValues) {
        QVERIFY2(!written.contains(secret.toUtf8()), qPrintable(secret));
    }
    // The structure stays: the same env names, arguments and labels, in the same places.
    const Snapshot back = Snapshot::fromJson(sample().toJson()).value();
    const QJsonObject config = back.containers.first().value(QStringLiteral("Config")).toObject();
    QCOMPARE(config.value(QStringLiteral("Env")).toArray().size(), 5);
    QCOMPARE(config.value(QStringLiteral("Env")).toArray().at(1).toString(), QStringLiteral("PATH=/usr/bin"));
    QCOMPARE(back.containers.first().value(QStringLiteral("Args")).toArray().at(1).toString(), M);
    QCOMPARE(back.containers.first().value(QStringLiteral("Args")).toArray().at(2).toString(),
             QStringLiteral("--user=mysql"));
    QCOMPARE(config.value(QStringLiteral("Labels")).toObject().value(QStringLiteral("com.example.team")).toString(),
             QStringLiteral("data"));
    QCOMPARE(back.dockerfiles.first().buildArgs.value(QStringLiteral("APP_USER")), QStringLiteral("app"));
    QCOMPARE(back.dockerfiles.first().buildArgs.value(QStringLiteral("NPM_TOKEN")), M);
    QVERIFY(back.daemonConfig().state == DaemonConfig::State::Valid);
}

void TestSecrets::redactedSnapshotGivesTheSameFindings()
{
    const Snapshot live = sample();
    const QList<Finding> before = evaluate(live);
    const QList<Finding> after = evaluate(Snapshot::fromJson(live.toJson()).value());
    QVERIFY(!before.isEmpty());
    QCOMPARE(after.size(), before.size());
    int secretFindings = 0;
    for (qsizetype i = 0; i < before.size(); ++i) {
        QCOMPARE(after.at(i).toJson(), before.at(i).toJson());
        const QString id = QString::fromLatin1(before.at(i).check->id);
        if (id.contains(QLatin1String("secret")) && before.at(i).status == Status::Fail) {
            ++secretFindings;
        }
    }
    QVERIFY2(secretFindings >= 3, "the sample must give secret findings for the comparison to mean something");
}

void TestSecrets::savedSnapshotIsPrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("snap.json"));
    {
        QFile old(path); // an earlier snapshot that others could read
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("{}");
        old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                           QFileDevice::ReadOther);
    }
    QVERIFY(sample().save(path).ok());
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0600));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray written = f.readAll();
    for (const QString& secret : SecretValues) {
        QVERIFY2(!written.contains(secret.toUtf8()), qPrintable(secret));
    }
    QVERIFY(Snapshot::load(path).ok());
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "test_secrets.moc"
