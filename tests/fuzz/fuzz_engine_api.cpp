// SPDX-License-Identifier: GPL-3.0-or-later
// The Engine API response parsers: the container list splitter (jsonArrayElements, each element parsed as the
// collector does), JSON bodies (inspect, info, version: DockerClient::parseJson), the event stream cut at arbitrary
// read boundaries (DockerClient::takeEvents), response header lines, and the archive endpoint's stat header and tar
// body (ImageProbe). The first byte chooses; libcurl does the HTTP framing (chunked bodies included).
#include "FuzzInput.h"

#include "core/docker/DockerClient.h"
#include "core/facts/ImageProbe.h"
#include "core/util/JsonUtil.h"

#include <QJsonArray>
#include <QJsonObject>

namespace
{

using namespace escut;

void containerList(const QByteArray& body)
{
    const std::optional<QList<QByteArrayView>> listed = jsonArrayElements(body);
    const Result<QJsonDocument> whole = DockerClient::parseJson(QStringLiteral("/containers/json"), body);
    if (!listed) {
        return;
    }
    QList<QJsonDocument> elements;
    for (const QByteArrayView& element : *listed) {
        if (element.data() < body.constData() || element.data() + element.size() > body.constData() + body.size()) {
            std::abort(); // an element outside the body
        }
        const Result<QJsonDocument> parsed =
            DockerClient::parseJson(QStringLiteral("/containers/json"),
                                    QByteArray::fromRawData(element.data(), element.size()));
        elements.append(parsed ? parsed.value() : QJsonDocument());
        if (parsed) {
            (void)parsed.value().object().value(QStringLiteral("Id")).toString();
        }
    }
    // A list Qt reads as an array has exactly the elements the splitter found, and each object among them reads
    // alone as the same object.
    if (whole && whole.value().isArray()) {
        const QJsonArray array = whole.value().array();
        if (array.size() != elements.size()) {
            std::abort();
        }
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (array.at(i).isObject() && elements.at(i).object() != array.at(i).toObject()) {
                std::abort();
            }
        }
    }
}

void jsonBody(const QByteArray& body)
{
    const Result<QJsonDocument> doc = DockerClient::parseJson(QStringLiteral("/info"), body);
    if (doc) {
        const QJsonObject o = doc.value().object();
        (void)o.value(QStringLiteral("ApiVersion")).toString();
        (void)o.value(QStringLiteral("Runtimes")).toObject().keys();
    }
}

void events(const QByteArray& stream)
{
    // Deliver the stream in reads whose lengths come from its own bytes, as libcurl would in pieces.
    QByteArray buffer;
    qsizetype at = 0;
    int count = 0;
    const auto onEvent = [&](const QJsonDocument& doc) {
        (void)doc.object().value(QStringLiteral("Actor")).toObject();
        return ++count < 1000;
    };
    while (at < stream.size()) {
        const qsizetype n = 1 + static_cast<unsigned char>(stream.at(at)) % 64;
        buffer.append(stream.mid(at, n));
        at += n;
        if (!DockerClient::takeEvents(buffer, onEvent)) {
            return;
        }
        if (buffer.contains('\n')) {
            std::abort(); // a complete line left behind
        }
    }
}

void headers(const QByteArray& text)
{
    int status = 0;
    QMap<QByteArray, QByteArray> map;
    for (const QByteArray& line : text.split('\n')) {
        DockerClient::readHeaderLine(line + '\n', status, map);
    }
}

void archive(const QByteArray& in)
{
    const QList<QByteArray> parts = fuzz::splitAtNul(in);
    (void)ImageProbe::parseStatHeader(parts.at(0));
    const std::optional<QByteArray> file = ImageProbe::firstTarFile(in);
    if (file) {
        (void)ImageProbe::rootNamesIn(*file);
    }
    (void)ImageProbe::rootNamesIn(in);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const escut::fuzz::Dispatch d = escut::fuzz::dispatch(data, size, 5);
    switch (d.which) {
    case 0:
        containerList(d.rest);
        break;
    case 1:
        jsonBody(d.rest);
        break;
    case 2:
        events(d.rest);
        break;
    case 3:
        headers(d.rest);
        break;
    case 4:
        archive(d.rest);
        break;
    default:
        break;
    }
    return 0;
}
