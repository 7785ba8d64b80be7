// SPDX-License-Identifier: GPL-3.0-or-later
// SetuidScan: a tar stream (an image's filesystem from GET /containers/{id}/archive), fed whole and in chunks. The
// first byte chooses the chunk size; both readings must agree, and the limits must hold.
#include "FuzzInput.h"

#include "core/facts/SetuidScan.h"

namespace
{

struct Reading
{
    bool done = false;
    bool failed = false;
    QList<escut::SetuidFile> files;
    qint64 total = 0;
    qint64 entries = 0;
    qint64 bytes = 0;
};

Reading read(const QByteArray& tar, qsizetype chunk)
{
    escut::SetuidScan scan(8); // a small cap, so that inputs reach it
    bool more = true;
    for (qsizetype at = 0; more && at < tar.size(); at += chunk) {
        more = scan.feed(QByteArrayView(tar).sliced(at, std::min(chunk, tar.size() - at)));
    }
    if (more) {
        scan.finish();
    }
    if (scan.feed(QByteArrayView("x", 1))) {
        std::abort(); // a finished scan reads nothing more
    }
    if (scan.done() == scan.failed() || scan.failed() == scan.error().isEmpty()) {
        std::abort(); // exactly one of them, and an error exactly when failed
    }
    if (scan.files().size() > 8 || scan.total() < scan.files().size() || scan.bytesRead() > tar.size()) {
        std::abort();
    }
    for (const escut::SetuidFile& f : scan.files()) {
        if (!f.path.startsWith(QLatin1Char('/')) || f.path.toUtf8().size() > escut::SetuidScan::MaxPathBytes + 1 ||
            (f.mode & ~07777U) != 0 || (f.mode & 06000U) == 0) {
            std::abort();
        }
    }
    return {scan.done(), scan.failed(), scan.files(), scan.total(), scan.entries(), scan.bytesRead()};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const QByteArray tar = escut::fuzz::bytes(data + 1, size - 1);
    const Reading whole = read(tar, std::max<qsizetype>(1, tar.size()));
    const Reading chunked = read(tar, qsizetype(data[0]) + 1);
    if (whole.done != chunked.done || whole.failed != chunked.failed || whole.files != chunked.files ||
        whole.total != chunked.total || whole.entries != chunked.entries || whole.bytes != chunked.bytes) {
        std::abort();
    }
    return 0;
}
