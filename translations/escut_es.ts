<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Checks</name>
    <message>
        <source>Runs as user %1 (Config.User).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set, so root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs as root (Config.User: %1), remapped to an unprivileged host user by the daemon&apos;s user namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs as root (Config.User: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.Privileged is true: the container has every capability and all host devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.Privileged is false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dangerous capabilities: %1 (CapAdd: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All capabilities dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities dropped except %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keeps %n of Docker&apos;s default capabilities, including %1: drop ALL and add back only what the service needs.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SecurityOpt has no-new-privileges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon sets no-new-privileges for every container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecurityOpt has no no-new-privileges: setuid binaries can raise privileges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounts the container runtime socket %1 at %2: the container controls the Docker daemon, and so the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No container runtime socket is mounted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read-write at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read-only at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive host directories mounted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sensitive host directory is mounted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root filesystem is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root filesystem is writable (HostConfig.ReadonlyRootfs false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory limit: %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No memory limit (HostConfig.Memory 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU limit: %1 CPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU quota: %1 µs per %2 µs period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a relative CPU weight (CpuShares %1): under contention it gets its share, but it may still use every CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CPU limit (no NanoCpus, CpuQuota or CpuShares).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIDs limit: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIDs limit: a fork bomb in the container can exhaust the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ulimits: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ulimits of its own; the daemon&apos;s default ulimits apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ulimits, and the daemon sets no default ulimits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart policy on-failure:%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart policy on-failure with no retry limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart policy on-failure:%1: more than 5 retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart policy %1: a crashing container restarts forever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restart policy: the container stays down after a failure (seed 002: use --restart=on-failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses the host network: published ports do not apply (see namespaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published on every host interface: %1. Bind to 127.0.0.1 or a specific address unless the service must be public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishes privileged host ports (below 1024): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports bound to specific addresses: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No published ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image&apos;s health check is disabled (HEALTHCHECK NONE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a health check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a health check (status: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health check: Docker cannot tell a hung service from a working one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs under the isolated runtime %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs under %1: it shares the host kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecurityOpt %1: no system call filtering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon has no seccomp support (SecurityOptions: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom seccomp profile (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker&apos;s default seccomp profile applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecurityOpt %1: no AppArmor confinement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppArmorProfile is unconfined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppArmor profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confined by SELinux (process label %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mandatory access control profile: the host has neither AppArmor nor SELinux enabled for Docker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares the host&apos;s %1 namespace(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses its own network, PID, IPC and UTS namespaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs as a non-root user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By default a container&apos;s user is root, the same uid 0 as the host&apos;s root. Seed 002 shows that with -u 4400 &apos;ls /root&apos; is denied: a non-root user limits what an attacker can do inside and after an escape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add USER to the Dockerfile or run with -u UID:GID (Compose: user:).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not privileged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--privileged gives the container every Linux capability and the host&apos;s devices: seed 002 shows it mounting filesystems at will. It is one step from root on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove --privileged (Compose: privileged: true) and add only the capabilities the service needs with --cap-add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities are dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities split root&apos;s power. SYS_ADMIN, SYS_MODULE, SYS_PTRACE and similar open ways out to the host; even the default set includes NET_RAW and MKNOD that most services never use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with --cap-drop ALL and add back only what is needed (for example --cap-add NET_BIND_SERVICE); Compose: cap_drop: [ALL].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot gain new privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-new-privileges stops setuid and setcap binaries from raising a process&apos;s privileges inside the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with --security-opt no-new-privileges (Compose: security_opt: [&quot;no-new-privileges:true&quot;]), or set it daemon-wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker socket is not mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounting /var/run/docker.sock (docker-in-docker, common in CI/CD) gives the container the whole daemon: seed 002 shows a container started inside it appearing in the host&apos;s docker ps. It can start a privileged container and own the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the docker.sock volume. For CI, use a rootless daemon or a socket proxy that allows only the API calls needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sensitive host directories are mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounting /, /etc, /proc, /sys, /boot, /dev or Docker&apos;s own data lets the container read secrets or change the host; even read-only mounts leak configuration and keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount only the directories the service needs, read-only where possible, or use named volumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root filesystem is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A read-only root filesystem stops an attacker from changing binaries or dropping tools into the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with --read-only and give writable paths with --tmpfs /tmp or volumes (Compose: read_only: true).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory is limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a memory limit one container (attacked, or with a leak) can take all the host&apos;s memory and bring down the other containers and the host itself (seed 002).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with --memory (for example --memory 512m); Compose: deploy.resources.limits.memory or mem_limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU is limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed 002: with --cpus=&quot;.5&quot; a container never uses more than half a CPU, so a denial-of-service attack on it cannot starve its neighbours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with --cpus (for example --cpus 0.5); Compose: deploy.resources.limits.cpus or cpus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process count is limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIDs limit stops a fork bomb inside the container from exhausting the host&apos;s process table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with --pids-limit (for example --pids-limit 100); Compose: pids_limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ulimits are set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed 002: --ulimit nofile=512:512 caps the files a container can open; without it, or daemon defaults, the container gets the daemon&apos;s own generous limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with --ulimit nofile=512:512 (Compose: ulimits:), or set default-ulimits in daemon.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart policy is on-failure with a limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed 002 recommends --restart=on-failure so a crashed service comes back; CIS caps the retries at 5 so a container that keeps crashing (or is being attacked) does not restart forever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with --restart on-failure:5 (Compose: restart: on-failure:5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports are bound to specific interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-p 8080:80 publishes on every interface of the host, including public ones, and Docker&apos;s iptables rules bypass host firewalls such as ufw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish on a specific address, for example -p 127.0.0.1:8080:80, and avoid host ports below 1024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A health check lets Docker and orchestrators notice a service that runs but no longer answers, for example after an attack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add HEALTHCHECK to the Dockerfile or run with --health-cmd (Compose: healthcheck:).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs under an isolated runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under gVisor (runsc) the container&apos;s system calls go to a user-space kernel; under Kata it runs in its own lightweight VM. A kernel exploit then stays inside the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run sensitive containers with --runtime=runsc (Compose: runtime: runsc) once gVisor is registered in daemon.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seccomp filters system calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker&apos;s default seccomp profile blocks about 44 dangerous system calls (such as kexec_load and open_by_handle_at); unconfined removes that filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove --security-opt seccomp=unconfined, or give a custom profile that allows only what the service needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppArmor or SELinux confines the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mandatory access control profile limits what even root in the container may touch on the host; seed 002 lists AppArmor and SELinux among the host defences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable AppArmor (or SELinux) on the host so containers get docker-default, and never run with apparmor=unconfined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not share the host&apos;s namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--network host, --pid host, --ipc host or --uts host remove the isolation between the container and the host: it sees the host&apos;s interfaces, processes or shared memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove --network host, --pid host, --ipc host, --uts host and --userns host; publish ports instead of sharing the host network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist: dockerd runs with its defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 (%2): run Escut as root to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: dockerd runs with its defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2). JSON has no comments: remove the // or /* */ lines, or dockerd will refuse to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2): dockerd will refuse to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has keys dockerd does not know, and it refuses to start with them: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets %2, which dockerd&apos;s command line sets too: dockerd refuses to start when a setting is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is valid JSON with %n known key(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>dockerd command line: --%1=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon.json: &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not set: the default is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon runs in debug mode (docker info: Debug true; %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug mode is off (docker info: Debug false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default bridge network has enable_icc=false: containers on it cannot talk to each other unless linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default bridge network has enable_icc=true (%1): every container on it can reach every other one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dockerd command line: --default-ulimit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon.json: default-ulimits for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon.json: &quot;default-ulimits&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: run Escut as root to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No default ulimits: containers get the daemon&apos;s own limits unless each one sets --ulimit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon runs rootless: root in a container is an unprivileged user on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User namespace remapping is active (docker info: name=userns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon.json sets userns-remap %1 but the daemon does not report it active: restart dockerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user namespace remapping: root in a container is root on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live restore is enabled (docker info: LiveRestoreEnabled true).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live restore is disabled (docker info: LiveRestoreEnabled false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dockerd command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log-level is not set: the default is info.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log-level is %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log-level is %1 (%2): events useful for an investigation are not logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log-level is %1 (%2): debug logs can leak sensitive data and fill the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This audit reached the daemon over plain TCP (%1): anyone who can reach that port controls the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon listens on %1 without --tlsverify: anyone who can reach that port controls the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon listens on %1 with TLS client verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This audit reached the daemon over TLS (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither dockerd&apos;s command line nor daemon.json is visible: run Escut as root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon listens only on local sockets (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insecure registries (plain HTTP or unverified TLS): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No insecure registries besides the local 127.0.0.0/8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2:%3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expected owner root and mode %2 or stricter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: run Escut as root to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these files exist on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not found on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon did not report its version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker %1 is long out of support: upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker %1 is past its upstream end of life; distribution packages (such as Debian&apos;s +dfsg builds) may still carry security backports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker %1 is a maintained release line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolated runtimes registered: %1 (default runtime: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only runc-style runtimes are registered (%1): every container shares the host kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon.json is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dockerd reads /etc/docker/daemon.json at start. Invalid JSON, a comment or an unknown key makes it refuse to start, and a setting given both there and on the command line is a conflict. A broken file means the hardening you wrote is not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the JSON (no comments, no trailing commas), remove unknown keys, and set each option in one place only. Check it with &apos;dockerd --validate&apos; where available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug mode is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug mode logs request bodies and internals that can include secrets, and fills the disk. Seed 002: put &quot;debug&quot;: false in daemon.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &quot;debug&quot;: false in /etc/docker/daemon.json and reload the daemon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inter-container communication is restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By default every container on the default bridge can talk to every other one. With icc disabled, containers only see those linked explicitly (for example WordPress and its MySQL), so one compromised container cannot probe the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &quot;icc&quot;: false in /etc/docker/daemon.json and restart dockerd; connect containers that must talk through user-defined networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default ulimits are set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default ulimits cap open files and processes for every container that does not set its own, so one container cannot exhaust the host. Seed 002 recommends small defaults, raised per container at run time when needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;default-ulimits&quot;: {&quot;nofile&quot;: {&quot;Name&quot;: &quot;nofile&quot;, &quot;Soft&quot;: 1024, &quot;Hard&quot;: 2048}} to daemon.json and restart dockerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User namespaces remap container root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without user namespace remapping, uid 0 in a container is uid 0 on the host: a container escape gives full root. Remapping (or a rootless daemon) maps it to an unprivileged range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &quot;userns-remap&quot;: &quot;default&quot; in daemon.json and restart dockerd (existing images and volumes are owned by other uids afterwards), or run Docker rootless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live restore is enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With live restore, containers keep running while dockerd restarts, so security updates of the daemon do not take services down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &quot;live-restore&quot;: true in daemon.json and reload dockerd (SIGHUP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New privileges are blocked by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-new-privileges stops processes in containers from gaining privileges through setuid or setcap binaries. Setting it daemon-wide protects every container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &quot;no-new-privileges&quot;: true in daemon.json and restart dockerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The userland proxy is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker-proxy is a userland process per published port; iptables rules do the same job in the kernel with less attack surface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &quot;userland-proxy&quot;: false in daemon.json and restart dockerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log level is info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The info level records the events an investigation needs without the volume and sensitive detail of debug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &quot;log-level&quot;: &quot;info&quot; in daemon.json (or remove the key) and reload dockerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote API access requires TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker API is root on the host. Listening on TCP without mutual TLS lets anyone who reaches the port start privileged containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen only on the unix socket, or set &quot;tlsverify&quot;: true with tlscacert, tlscert and tlskey, and use port 2376.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No insecure registries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An insecure registry is reached over plain HTTP or unverified TLS: anyone on the path can swap the images you pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;insecure-registries&quot; from daemon.json and give the registry a valid TLS certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker.sock belongs to root:docker, mode 660</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever can write to the Docker socket controls the daemon, which runs as root. Seed 002: other users should not even see the socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chown root:docker /var/run/docker.sock; chmod 660 /var/run/docker.sock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon.json and /etc/docker are owned by root and not writable by others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever can change the daemon&apos;s configuration can weaken every container at the next restart. Seed 002: users must not be able to touch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chown root:root /etc/docker/daemon.json; chmod 644 /etc/docker/daemon.json; chmod 755 /etc/docker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key.json and TLS keys are readable by root only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key.json holds the daemon&apos;s private key (base64) used for TLS, for example with a registry; TLS keys prove the daemon&apos;s identity. Seed 002: no user but root may read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chown root:root on key.json and the TLS files; chmod 600 (or 400) on keys and 644 on certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker is a supported version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers share the host kernel and the daemon runs as root: an unpatched daemon is a way in. Seed 002: keep all system software at the latest stable version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade Docker Engine to a maintained release, and keep the distribution&apos;s security updates applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An isolated runtime (gVisor or Kata) is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runc containers share the host kernel. gVisor (runsc) puts a user-space kernel between the container and the host; Kata Containers runs each container in a lightweight virtual machine. Either stops most kernel exploits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install gVisor (apt install runsc; runsc install) or Kata Containers, register it under &quot;runtimes&quot; in daemon.json, and run sensitive containers with --runtime=runsc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host files are not visible from a remote endpoint (%1): run Escut on the Docker host itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>escut-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: escut-cli &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit the Docker host and print the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the collected facts to a JSON snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the checks of the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;escut-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or connection error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker endpoint: unix:///path or tcp://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker context to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these layers, comma-separated: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAYER,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of texts: ca, es or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for each Docker request (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit the Docker host: collect facts, evaluate every check, score each layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate a saved snapshot instead of a live daemon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit with 1 when a failed check has this severity or higher: info, low, medium, high, critical or none (default high).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text output: list passing checks too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never use colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host and --context cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--snapshot cannot be combined with --host or --context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown layer &apos;%1&apos;; valid layers: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; valid formats: text, json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown severity &apos;%1&apos;; valid: info, low, medium, high, critical, none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect the facts of the Docker host into a JSON snapshot. &apos;escut-cli audit --snapshot FILE&apos; evaluates it later, with no daemon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Snapshot written to %1 (%n container(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>List the checks of the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show rationale and remediation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use ca, es or en.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Collector</name>
    <message>
        <source>The audit was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DockerClient</name>
    <message>
        <source>The Docker daemon at %1 did not answer within the time limit (%2 s to connect, %3 s per request). It may be overloaded or hung; try again or raise --timeout.</source>
        <translation>El demonio de Docker en %1 no ha respondido dentro del tiempo límite (%2 s para conectar, %3 s por petición). Puede estar sobrecargado o colgado; vuelva a intentarlo o aumente --timeout.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed. Check that DOCKER_CERT_PATH holds the right ca.pem, cert.pem and key.pem for this daemon.</source>
        <translation>La conexión TLS con %1 ha fallado. Compruebe que DOCKER_CERT_PATH contiene los ca.pem, cert.pem y key.pem correctos para este demonio.</translation>
    </message>
    <message>
        <source>Permission denied on the Docker socket %1: your user cannot open it. Run with sudo, or add your user to the &apos;docker&apos; group (membership of that group is equivalent to root on this host).</source>
        <translation>Permiso denegado en el socket de Docker %1: su usuario no puede abrirlo. Ejecútelo con sudo o añada el usuario al grupo &apos;docker&apos; (pertenecer a ese grupo equivale a ser root en este host).</translation>
    </message>
    <message>
        <source>Cannot connect to the Docker daemon at %1: the socket does not exist. Is dockerd running? Start it with &apos;sudo systemctl start docker&apos;.</source>
        <translation>No se puede conectar con el demonio de Docker en %1: el socket no existe. ¿Se está ejecutando dockerd? Arránquelo con &apos;sudo systemctl start docker&apos;.</translation>
    </message>
    <message>
        <source>Cannot connect to the Docker daemon at %1: the socket exists but nothing answers (a stale socket). Is dockerd running? Start it with &apos;sudo systemctl start docker&apos;.</source>
        <translation>No se puede conectar con el demonio de Docker en %1: el socket existe pero nadie responde (un socket obsoleto). ¿Se está ejecutando dockerd? Arránquelo con &apos;sudo systemctl start docker&apos;.</translation>
    </message>
    <message>
        <source>Cannot connect to the Docker daemon at %1. Check the address and port, and that the daemon listens there.</source>
        <translation>No se puede conectar con el demonio de Docker en %1. Compruebe la dirección y el puerto, y que el demonio escuche allí.</translation>
    </message>
    <message>
        <source>Cannot initialise the HTTP library (libcurl).</source>
        <translation>No se puede inicializar la biblioteca HTTP (libcurl).</translation>
    </message>
    <message>
        <source>The Docker daemon sent more than %1 MiB for %2; Escut stopped reading it.</source>
        <translation>El demonio de Docker ha enviado más de %1 MiB para %2; Escut ha dejado de leer.</translation>
    </message>
    <message>
        <source>The endpoint %1 answered /_ping with HTTP %2: it does not look like a Docker daemon.</source>
        <translation>El punto de acceso %1 ha respondido a /_ping con HTTP %2: no parece un demonio de Docker.</translation>
    </message>
    <message>
        <source>The Docker daemon at %1 speaks API %2; Escut needs at least %3. Upgrade Docker.</source>
        <translation>El demonio de Docker en %1 habla la API %2; Escut necesita como mínimo la %3. Actualice Docker.</translation>
    </message>
    <message>
        <source>The Docker daemon refused %1 with HTTP %2: %3</source>
        <translation>El demonio de Docker ha rechazado %1 con HTTP %2: %3</translation>
    </message>
    <message>
        <source>The Docker daemon sent invalid JSON for %1: %2</source>
        <translation>El demonio de Docker ha enviado un JSON no válido para %1: %2</translation>
    </message>
    <message>
        <source>The Docker daemon refused the event stream with HTTP %1.</source>
        <translation>El demonio de Docker ha rechazado el flujo de eventos con HTTP %1.</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>%1 (context %2)</source>
        <translation>%1 (contexto %2)</translation>
    </message>
    <message>
        <source>--host option</source>
        <translation>opción --host</translation>
    </message>
    <message>
        <source>DOCKER_HOST</source>
        <translation>DOCKER_HOST</translation>
    </message>
    <message>
        <source>Docker context</source>
        <translation>contexto de Docker</translation>
    </message>
    <message>
        <source>rootless socket</source>
        <translation>socket rootless</translation>
    </message>
    <message>
        <source>default socket</source>
        <translation>socket predeterminado</translation>
    </message>
    <message>
        <source>saved snapshot</source>
        <translation>instantánea guardada</translation>
    </message>
    <message>
        <source>The Docker host &apos;%1&apos; names no socket path.</source>
        <translation>El host de Docker &apos;%1&apos; no indica ninguna ruta de socket.</translation>
    </message>
    <message>
        <source>ssh:// endpoints (%1) are not supported yet. Use a Docker context with tcp:// and TLS, or a unix socket.</source>
        <translation>Los puntos de acceso ssh:// (%1) aún no son compatibles. Use un contexto de Docker con tcp:// y TLS, o un socket unix.</translation>
    </message>
    <message>
        <source>The Docker host &apos;%1&apos; cannot be reached from here.</source>
        <translation>No se puede llegar al host de Docker &apos;%1&apos; desde aquí.</translation>
    </message>
    <message>
        <source>Unknown Docker host scheme in &apos;%1&apos;: use unix:///path or tcp://host:port.</source>
        <translation>Esquema de host de Docker desconocido en &apos;%1&apos;: use unix:///ruta o tcp://host:puerto.</translation>
    </message>
    <message>
        <source>Cannot understand the Docker host &apos;%1&apos;: use unix:///path or tcp://host:port.</source>
        <translation>No se entiende el host de Docker &apos;%1&apos;: use unix:///ruta o tcp://host:puerto.</translation>
    </message>
    <message>
        <source>The Docker context &apos;%1&apos; does not exist (no %2). List the contexts with &apos;docker context ls&apos;.</source>
        <translation>El contexto de Docker &apos;%1&apos; no existe (no hay %2). Liste los contextos con &apos;docker context ls&apos;.</translation>
    </message>
    <message>
        <source>The Docker context file %1 is not valid JSON: %2.</source>
        <translation>El fichero de contexto de Docker %1 no es un JSON válido: %2.</translation>
    </message>
    <message>
        <source>The Docker context &apos;%1&apos; has no Docker endpoint (%2).</source>
        <translation>El contexto de Docker &apos;%1&apos; no tiene ningún punto de acceso de Docker (%2).</translation>
    </message>
</context>
<context>
    <name>FileWrite</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostProbe</name>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates, AppArmor/SELinux, firewall, docker group, auditd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon.json, socket and key permissions, TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image signing and supply chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image signing — DCT / Notary, pinned tags, trusted sources, scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distroless images: no shell, no compiler, non-root user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gVisor / Kata, seccomp, AppArmor, namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User, capabilities, limits, mounts, restart policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets and pre-validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker secrets and token-gated entrypoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume encryption — LUKS / fscrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falco, auditd, Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardened services in docker-compose.yml</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass %1, warn %2, fail %3, info %4, skipped %5, error %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escut %1 — audit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Docker %1 (API %2) on %3, %n container(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Overall score: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This snapshot has schema version %1; this Escut reads versions 1 to %2. Collect a new snapshot or update Escut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the snapshot %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot %1 is not valid JSON: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>escut::FindingsModel</name>
    <message>
        <source>%1 (%2)

%3

Fix: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>escut::MainWindow</name>
    <message>
        <source>Escut — Docker security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter findings (status, subject, check, evidence)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %v/%m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No Docker daemon reachable.&lt;/b&gt; %1&lt;br&gt;Showing the bundled demo snapshot instead; press Audit now to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit failed.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Score %1/100&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) passed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo snapshot (no live daemon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · Docker %2 · %n container(s) · audited %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Escut: security dashboard for Docker hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker endpoint: unix:///path or tcp://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker context to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a saved snapshot instead of a live daemon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the bundled demo snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: ca, es or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
