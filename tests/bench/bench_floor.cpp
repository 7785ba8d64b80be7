// SPDX-License-Identifier: GPL-3.0-or-later
// The floor of the benchmark: what it costs just to read the data Escut audits. One connection over the unix
// socket, plain sequential requests: GET /containers/json?all=1, then GET /containers/{id}/json for every
// container. Bodies are received in full and discarded; only the list is parsed (for the ids).
//
//   escut-bench-floor unix:///var/run/docker.sock [API_VERSION]
// prints {"containers": N, "bytes": B, "ms": T}.

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <curl/curl.h>

namespace
{

size_t collect(char* data, size_t size, size_t count, void* user)
{
    static_cast<QByteArray*>(user)->append(data, qsizetype(size * count));
    return size * count;
}

bool get(CURL* curl, const QByteArray& url, QByteArray& body)
{
    body.clear();
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    const CURLcode code = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    if (code != CURLE_OK || status != 200) {
        std::fprintf(stderr,
                     "escut-bench-floor: %s: %s (HTTP %ld)\n",
                     url.constData(),
                     curl_easy_strerror(code),
                     status);
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2 || qstrncmp(argv[1], "unix://", 7) != 0) {
        std::fprintf(stderr, "usage: escut-bench-floor unix:///path/to/docker.sock [API_VERSION]\n");
        return 2;
    }
    const QByteArray socket = QByteArray(argv[1]).mid(7);
    const QByteArray base = "http://localhost/v" + QByteArray(argc > 2 ? argv[2] : "1.41");

    QElapsedTimer timer;
    timer.start();
    curl_global_init(CURL_GLOBAL_DEFAULT);
    CURL* curl = curl_easy_init();
    QByteArray body;
    curl_easy_setopt(curl, CURLOPT_UNIX_SOCKET_PATH, socket.constData());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
    if (!get(curl, base + "/containers/json?all=1", body)) {
        return 1;
    }
    qint64 bytes = body.size();
    const QJsonArray list = QJsonDocument::fromJson(body).array();
    for (const QJsonValue& c : list) {
        if (!get(curl,
                 base + "/containers/" + c.toObject().value(QStringLiteral("Id")).toString().toLatin1() + "/json",
                 body)) {
            return 1;
        }
        bytes += body.size();
    }
    curl_easy_cleanup(curl);
    const QJsonObject out{{QStringLiteral("containers"), list.size()},
                          {QStringLiteral("bytes"), bytes},
                          {QStringLiteral("ms"), double(timer.nsecsElapsed()) / 1e6}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
