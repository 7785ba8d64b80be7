// SPDX-License-Identifier: GPL-3.0-or-later
// The host tools' output parsers: apt-get -s, dnf check-update/updateinfo, zypper XML, auditctl -l rules,
// iptables -S, nft -j, aa-status --json, /etc/group + /etc/passwd, DOCKER_CONTENT_TRUST assignments, findmnt -J,
// lsblk -J, cryptsetup status and luksDump, fscrypt status. The first byte chooses; two-input parsers get the parts
// before and after the first NUL byte; the exit code given to the status parsers comes from the input's length.
#include "FuzzInput.h"

#include "core/tools/HostParsers.h"
#include "core/tools/StorageParsers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace escut;
    const fuzz::Dispatch d = fuzz::dispatch(data, size, 14);
    const QList<QByteArray> two = fuzz::splitAtNul(d.rest);
    const int exitCode = int(size % 4);
    switch (d.which) {
    case 0:
        (void)HostParsers::aptSimulation(d.rest);
        break;
    case 1:
        (void)HostParsers::dnfCheckUpdate(two.at(0), two.at(1));
        break;
    case 2:
        (void)HostParsers::zypperUpdates(two.at(0), two.at(1));
        break;
    case 3:
        (void)HostParsers::auditWatchedPaths(QString::fromUtf8(d.rest).split(QLatin1Char('\n')));
        break;
    case 4:
        (void)HostParsers::iptablesRules(d.rest);
        break;
    case 5:
        (void)HostParsers::nftRuleset(d.rest);
        break;
    case 6:
        (void)HostParsers::aaStatus(d.rest);
        break;
    case 7:
        (void)HostParsers::dockerGroup(two.at(0), two.at(1));
        break;
    case 8:
        (void)HostParsers::contentTrustAssignment(QStringLiteral("/etc/environment"), d.rest);
        break;
    case 9:
        (void)StorageParsers::findmnt(d.rest);
        break;
    case 10:
        (void)StorageParsers::lsblk(d.rest);
        break;
    case 11:
        (void)StorageParsers::cryptsetupStatus(d.rest, exitCode);
        break;
    case 12:
        (void)StorageParsers::luksDump(d.rest);
        break;
    case 13:
        (void)StorageParsers::fscryptStatus(d.rest, exitCode);
        break;
    default:
        break;
    }
    return 0;
}
