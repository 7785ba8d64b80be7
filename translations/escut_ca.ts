<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ca">
<context>
    <name>ActiveProber</name>
    <message>
        <source>Active probes</source>
        <translation>Sondes actives</translation>
    </message>
    <message>
        <source>The audit was cancelled.</source>
        <translation>S&apos;ha cancel·lat l&apos;auditoria.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Runs as user %1 (Config.User).</source>
        <translation>S&apos;executa amb l&apos;usuari %1 (Config.User).</translation>
    </message>
    <message>
        <source>not set, so root</source>
        <translation>no definit, per tant root</translation>
    </message>
    <message>
        <source>Runs as root (Config.User: %1), remapped to an unprivileged host user by the daemon&apos;s user namespace.</source>
        <translation>S&apos;executa amb l&apos;usuari root (Config.User: %1), reassignat a un usuari sense privilegis de l&apos;amfitrió per l&apos;espai de noms d&apos;usuari del dimoni.</translation>
    </message>
    <message>
        <source>Runs as root (Config.User: %1).</source>
        <translation>S&apos;executa amb l&apos;usuari root (Config.User: %1).</translation>
    </message>
    <message>
        <source>HostConfig.Privileged is true: the container has every capability and all host devices.</source>
        <translation>HostConfig.Privileged és true: el contenidor té totes les capabilities i tots els dispositius de l&apos;amfitrió.</translation>
    </message>
    <message>
        <source>HostConfig.Privileged is false.</source>
        <translation>HostConfig.Privileged és false.</translation>
    </message>
    <message>
        <source>Dangerous capabilities: %1 (CapAdd: %2).</source>
        <translation>Capabilities perilloses: %1 (CapAdd: %2).</translation>
    </message>
    <message>
        <source>All capabilities dropped.</source>
        <translation>S&apos;han eliminat totes les capabilities.</translation>
    </message>
    <message>
        <source>Capabilities dropped except %1.</source>
        <translation>S&apos;han eliminat les capabilities excepte %1.</translation>
    </message>
    <message numerus="yes">
        <source>Keeps %n of Docker&apos;s default capabilities, including %1: drop ALL and add back only what the service needs.</source>
        <translation>
            <numerusform>Conserva %n de les capabilities per defecte de Docker, entre elles %1: elimineu-les totes (ALL) i torneu a afegir només les que el servei necessita.</numerusform>
            <numerusform>Conserva %n de les capabilities per defecte de Docker, entre elles %1: elimineu-les totes (ALL) i torneu a afegir només les que el servei necessita.</numerusform>
        </translation>
    </message>
    <message>
        <source>SecurityOpt has no-new-privileges.</source>
        <translation>SecurityOpt inclou no-new-privileges.</translation>
    </message>
    <message>
        <source>The daemon sets no-new-privileges for every container.</source>
        <translation>El dimoni aplica no-new-privileges a tots els contenidors.</translation>
    </message>
    <message>
        <source>SecurityOpt has no no-new-privileges: setuid binaries can raise privileges.</source>
        <translation>SecurityOpt no inclou no-new-privileges: els binaris setuid poden elevar privilegis.</translation>
    </message>
    <message>
        <source>Mounts the container runtime socket %1 at %2: the container controls the Docker daemon, and so the host.</source>
        <translation>Munta el sòcol del runtime de contenidors %1 a %2: el contenidor controla el dimoni de Docker i, per tant, l&apos;amfitrió.</translation>
    </message>
    <message>
        <source>No container runtime socket is mounted.</source>
        <translation>No hi ha cap sòcol del runtime de contenidors muntat.</translation>
    </message>
    <message>
        <source>%1 read-write at %2</source>
        <translation>%1 en lectura i escriptura a %2</translation>
    </message>
    <message>
        <source>%1 read-only at %2</source>
        <translation>%1 només de lectura a %2</translation>
    </message>
    <message>
        <source>Sensitive host directories mounted: %1.</source>
        <translation>Directoris sensibles de l&apos;amfitrió muntats: %1.</translation>
    </message>
    <message>
        <source>No sensitive host directory is mounted.</source>
        <translation>No hi ha cap directori sensible de l&apos;amfitrió muntat.</translation>
    </message>
    <message>
        <source>The root filesystem is read-only.</source>
        <translation>El sistema de fitxers arrel és només de lectura.</translation>
    </message>
    <message>
        <source>The root filesystem is writable (HostConfig.ReadonlyRootfs false).</source>
        <translation>El sistema de fitxers arrel es pot escriure (HostConfig.ReadonlyRootfs false).</translation>
    </message>
    <message>
        <source>Memory limit: %1 MiB.</source>
        <translation>Límit de memòria: %1 MiB.</translation>
    </message>
    <message>
        <source>No memory limit (HostConfig.Memory 0).</source>
        <translation>Sense límit de memòria (HostConfig.Memory 0).</translation>
    </message>
    <message>
        <source>CPU limit: %1 CPUs.</source>
        <translation>Límit de CPU: %1 CPU.</translation>
    </message>
    <message>
        <source>CPU quota: %1 µs per %2 µs period.</source>
        <translation>Quota de CPU: %1 µs per període de %2 µs.</translation>
    </message>
    <message>
        <source>Only a relative CPU weight (CpuShares %1): under contention it gets its share, but it may still use every CPU.</source>
        <translation>Només un pes relatiu de CPU (CpuShares %1): quan hi ha competència rep la seva part, però encara pot fer servir totes les CPU.</translation>
    </message>
    <message>
        <source>No CPU limit (no NanoCpus, CpuQuota or CpuShares).</source>
        <translation>Sense límit de CPU (ni NanoCpus, ni CpuQuota, ni CpuShares).</translation>
    </message>
    <message>
        <source>PIDs limit: %1.</source>
        <translation>Límit de PID: %1.</translation>
    </message>
    <message>
        <source>No PIDs limit: a fork bomb in the container can exhaust the host.</source>
        <translation>Sense límit de PID: una bomba fork dins del contenidor pot esgotar l&apos;amfitrió.</translation>
    </message>
    <message>
        <source>ulimits: %1.</source>
        <translation>ulimits: %1.</translation>
    </message>
    <message>
        <source>No ulimits of its own; the daemon&apos;s default ulimits apply.</source>
        <translation>No té ulimits propis; s&apos;apliquen els ulimits per defecte del dimoni.</translation>
    </message>
    <message>
        <source>No ulimits, and the daemon sets no default ulimits.</source>
        <translation>Sense ulimits, i el dimoni no en defineix per defecte.</translation>
    </message>
    <message>
        <source>Restart policy on-failure:%1.</source>
        <translation>Política de reinici on-failure:%1.</translation>
    </message>
    <message>
        <source>Restart policy on-failure with no retry limit.</source>
        <translation>Política de reinici on-failure sense límit de reintents.</translation>
    </message>
    <message>
        <source>Restart policy on-failure:%1: more than 5 retries.</source>
        <translation>Política de reinici on-failure:%1: més de 5 reintents.</translation>
    </message>
    <message>
        <source>Restart policy %1: a crashing container restarts forever.</source>
        <translation>Política de reinici %1: un contenidor que falla es reinicia indefinidament.</translation>
    </message>
    <message>
        <source>No restart policy: the container stays down after a failure (seed 002: use --restart=on-failure).</source>
        <translation>Sense política de reinici: el contenidor queda aturat després d&apos;una fallada (document 002: feu servir --restart=on-failure).</translation>
    </message>
    <message>
        <source>Uses the host network: published ports do not apply (see namespaces).</source>
        <translation>Fa servir la xarxa de l&apos;amfitrió: els ports publicats no s&apos;hi apliquen (vegeu els espais de noms).</translation>
    </message>
    <message>
        <source>Published on every host interface: %1. Bind to 127.0.0.1 or a specific address unless the service must be public.</source>
        <translation>Publicat a totes les interfícies de l&apos;amfitrió: %1. Lligueu-lo a 127.0.0.1 o a una adreça concreta, tret que el servei hagi de ser públic.</translation>
    </message>
    <message>
        <source>Publishes privileged host ports (below 1024): %1.</source>
        <translation>Publica ports privilegiats de l&apos;amfitrió (per sota de 1024): %1.</translation>
    </message>
    <message>
        <source>Ports bound to specific addresses: %1.</source>
        <translation>Ports lligats a adreces concretes: %1.</translation>
    </message>
    <message>
        <source>No published ports.</source>
        <translation>No publica cap port.</translation>
    </message>
    <message>
        <source>The image&apos;s health check is disabled (HEALTHCHECK NONE).</source>
        <translation>La comprovació de salut de la imatge està desactivada (HEALTHCHECK NONE).</translation>
    </message>
    <message>
        <source>Has a health check.</source>
        <translation>Té comprovació de salut.</translation>
    </message>
    <message>
        <source>Has a health check (status: %1).</source>
        <translation>Té comprovació de salut (estat: %1).</translation>
    </message>
    <message>
        <source>No health check: Docker cannot tell a hung service from a working one.</source>
        <translation>Sense comprovació de salut: Docker no pot distingir un servei penjat d&apos;un que funciona.</translation>
    </message>
    <message>
        <source>Runs under the isolated runtime %1.</source>
        <translation>S&apos;executa amb el runtime aïllat %1.</translation>
    </message>
    <message>
        <source>Runs under %1: it shares the host kernel.</source>
        <translation>S&apos;executa amb %1: comparteix el nucli de l&apos;amfitrió.</translation>
    </message>
    <message>
        <source>SecurityOpt %1: no system call filtering.</source>
        <translation>SecurityOpt %1: sense filtratge de crides al sistema.</translation>
    </message>
    <message>
        <source>The daemon has no seccomp support (SecurityOptions: %1).</source>
        <translation>El dimoni no admet seccomp (SecurityOptions: %1).</translation>
    </message>
    <message>
        <source>Custom seccomp profile (%1).</source>
        <translation>Perfil seccomp personalitzat (%1).</translation>
    </message>
    <message>
        <source>Docker&apos;s default seccomp profile applies.</source>
        <translation>S&apos;aplica el perfil seccomp per defecte de Docker.</translation>
    </message>
    <message>
        <source>SecurityOpt %1: no AppArmor confinement.</source>
        <translation>SecurityOpt %1: sense confinament AppArmor.</translation>
    </message>
    <message>
        <source>AppArmorProfile is unconfined.</source>
        <translation>AppArmorProfile és unconfined.</translation>
    </message>
    <message>
        <source>AppArmor profile %1.</source>
        <translation>Perfil AppArmor %1.</translation>
    </message>
    <message>
        <source>Confined by SELinux (process label %1).</source>
        <translation>Confinat per SELinux (etiqueta de procés %1).</translation>
    </message>
    <message>
        <source>No mandatory access control profile: the host has neither AppArmor nor SELinux enabled for Docker.</source>
        <translation>Sense perfil de control d&apos;accés obligatori: l&apos;amfitrió no té ni AppArmor ni SELinux activats per a Docker.</translation>
    </message>
    <message>
        <source>Shares the host&apos;s %1 namespace(s).</source>
        <translation>Comparteix amb l&apos;amfitrió aquests espais de noms: %1.</translation>
    </message>
    <message>
        <source>Uses its own network, PID, IPC and UTS namespaces.</source>
        <translation>Fa servir els seus propis espais de noms de xarxa, PID, IPC i UTS.</translation>
    </message>
    <message>
        <source>Runs as a non-root user</source>
        <translation>S&apos;executa amb un usuari no root</translation>
    </message>
    <message>
        <source>By default a container&apos;s user is root, the same uid 0 as the host&apos;s root. Seed 002 shows that with -u 4400 &apos;ls /root&apos; is denied: a non-root user limits what an attacker can do inside and after an escape.</source>
        <translation>Per defecte, l&apos;usuari d&apos;un contenidor és root, el mateix uid 0 que el root de l&apos;amfitrió. El document 002 mostra que amb -u 4400 &apos;ls /root&apos; es denega: un usuari no root limita el que pot fer un atacant a dins i després d&apos;una fuga.</translation>
    </message>
    <message>
        <source>Add USER to the Dockerfile or run with -u UID:GID (Compose: user:).</source>
        <translation>Afegiu USER al Dockerfile o executeu amb -u UID:GID (Compose: user:).</translation>
    </message>
    <message>
        <source>Not privileged</source>
        <translation>No és privilegiat</translation>
    </message>
    <message>
        <source>--privileged gives the container every Linux capability and the host&apos;s devices: seed 002 shows it mounting filesystems at will. It is one step from root on the host.</source>
        <translation>--privileged dona al contenidor totes les capabilities de Linux i els dispositius de l&apos;amfitrió: el document 002 mostra com munta sistemes de fitxers a voluntat. És a un pas de ser root a l&apos;amfitrió.</translation>
    </message>
    <message>
        <source>Remove --privileged (Compose: privileged: true) and add only the capabilities the service needs with --cap-add.</source>
        <translation>Traieu --privileged (Compose: privileged: true) i afegiu només les capabilities que el servei necessita amb --cap-add.</translation>
    </message>
    <message>
        <source>Capabilities are dropped</source>
        <translation>S&apos;eliminen les capabilities</translation>
    </message>
    <message>
        <source>Capabilities split root&apos;s power. SYS_ADMIN, SYS_MODULE, SYS_PTRACE and similar open ways out to the host; even the default set includes NET_RAW and MKNOD that most services never use.</source>
        <translation>Les capabilities divideixen el poder de root. SYS_ADMIN, SYS_MODULE, SYS_PTRACE i similars obren camins cap a l&apos;amfitrió; fins i tot el conjunt per defecte inclou NET_RAW i MKNOD, que la majoria de serveis no fan servir mai.</translation>
    </message>
    <message>
        <source>Run with --cap-drop ALL and add back only what is needed (for example --cap-add NET_BIND_SERVICE); Compose: cap_drop: [ALL].</source>
        <translation>Executeu amb --cap-drop ALL i torneu a afegir només el que calgui (per exemple --cap-add NET_BIND_SERVICE); Compose: cap_drop: [ALL].</translation>
    </message>
    <message>
        <source>Cannot gain new privileges</source>
        <translation>No pot obtenir privilegis nous</translation>
    </message>
    <message>
        <source>no-new-privileges stops setuid and setcap binaries from raising a process&apos;s privileges inside the container.</source>
        <translation>no-new-privileges impedeix que els binaris setuid i setcap elevin els privilegis d&apos;un procés dins del contenidor.</translation>
    </message>
    <message>
        <source>Run with --security-opt no-new-privileges (Compose: security_opt: [&quot;no-new-privileges:true&quot;]), or set it daemon-wide.</source>
        <translation>Executeu amb --security-opt no-new-privileges (Compose: security_opt: [&quot;no-new-privileges:true&quot;]) o definiu-ho per a tot el dimoni.</translation>
    </message>
    <message>
        <source>The Docker socket is not mounted</source>
        <translation>El sòcol de Docker no està muntat</translation>
    </message>
    <message>
        <source>Mounting /var/run/docker.sock (docker-in-docker, common in CI/CD) gives the container the whole daemon: seed 002 shows a container started inside it appearing in the host&apos;s docker ps. It can start a privileged container and own the host.</source>
        <translation>Muntar /var/run/docker.sock (Docker dins de Docker, habitual en CI/CD) dona al contenidor tot el dimoni: el document 002 mostra un contenidor creat a dins que apareix al docker ps de l&apos;amfitrió. Pot arrencar un contenidor privilegiat i apoderar-se de l&apos;amfitrió.</translation>
    </message>
    <message>
        <source>Remove the docker.sock volume. For CI, use a rootless daemon or a socket proxy that allows only the API calls needed.</source>
        <translation>Traieu el volum docker.sock. Per a CI, feu servir un dimoni rootless o un servidor intermediari del sòcol que només permeti les crides a l&apos;API necessàries.</translation>
    </message>
    <message>
        <source>No sensitive host directories are mounted</source>
        <translation>No hi ha directoris sensibles de l&apos;amfitrió muntats</translation>
    </message>
    <message>
        <source>Mounting /, /etc, /proc, /sys, /boot, /dev or Docker&apos;s own data lets the container read secrets or change the host; even read-only mounts leak configuration and keys.</source>
        <translation>Muntar /, /etc, /proc, /sys, /boot, /dev o les dades del mateix Docker permet al contenidor llegir secrets o modificar l&apos;amfitrió; fins i tot els muntatges només de lectura filtren configuració i claus.</translation>
    </message>
    <message>
        <source>Mount only the directories the service needs, read-only where possible, or use named volumes.</source>
        <translation>Munteu només els directoris que el servei necessita, només de lectura sempre que es pugui, o feu servir volums amb nom.</translation>
    </message>
    <message>
        <source>Root filesystem is read-only</source>
        <translation>El sistema de fitxers arrel és només de lectura</translation>
    </message>
    <message>
        <source>A read-only root filesystem stops an attacker from changing binaries or dropping tools into the container.</source>
        <translation>Un sistema de fitxers arrel només de lectura impedeix que un atacant modifiqui binaris o deixi eines dins del contenidor.</translation>
    </message>
    <message>
        <source>Run with --read-only and give writable paths with --tmpfs /tmp or volumes (Compose: read_only: true).</source>
        <translation>Executeu amb --read-only i doneu els camins que s&apos;han d&apos;escriure amb --tmpfs /tmp o volums (Compose: read_only: true).</translation>
    </message>
    <message>
        <source>Memory is limited</source>
        <translation>La memòria està limitada</translation>
    </message>
    <message>
        <source>Without a memory limit one container (attacked, or with a leak) can take all the host&apos;s memory and bring down the other containers and the host itself (seed 002).</source>
        <translation>Sense límit de memòria, un contenidor (atacat o amb una fuita) pot ocupar tota la memòria de l&apos;amfitrió i fer caure els altres contenidors i el mateix amfitrió (document 002).</translation>
    </message>
    <message>
        <source>Run with --memory (for example --memory 512m); Compose: deploy.resources.limits.memory or mem_limit.</source>
        <translation>Executeu amb --memory (per exemple --memory 512m); Compose: deploy.resources.limits.memory o mem_limit.</translation>
    </message>
    <message>
        <source>CPU is limited</source>
        <translation>La CPU està limitada</translation>
    </message>
    <message>
        <source>Seed 002: with --cpus=&quot;.5&quot; a container never uses more than half a CPU, so a denial-of-service attack on it cannot starve its neighbours.</source>
        <translation>Document 002: amb --cpus=&quot;.5&quot; un contenidor no fa servir mai més de mitja CPU, de manera que un atac de denegació de servei contra ell no pot deixar sense recursos els veïns.</translation>
    </message>
    <message>
        <source>Run with --cpus (for example --cpus 0.5); Compose: deploy.resources.limits.cpus or cpus.</source>
        <translation>Executeu amb --cpus (per exemple --cpus 0.5); Compose: deploy.resources.limits.cpus o cpus.</translation>
    </message>
    <message>
        <source>Process count is limited</source>
        <translation>El nombre de processos està limitat</translation>
    </message>
    <message>
        <source>A PIDs limit stops a fork bomb inside the container from exhausting the host&apos;s process table.</source>
        <translation>Un límit de PID impedeix que una bomba fork dins del contenidor esgoti la taula de processos de l&apos;amfitrió.</translation>
    </message>
    <message>
        <source>Run with --pids-limit (for example --pids-limit 100); Compose: pids_limit.</source>
        <translation>Executeu amb --pids-limit (per exemple --pids-limit 100); Compose: pids_limit.</translation>
    </message>
    <message>
        <source>ulimits are set</source>
        <translation>Hi ha ulimits definits</translation>
    </message>
    <message>
        <source>Seed 002: --ulimit nofile=512:512 caps the files a container can open; without it, or daemon defaults, the container gets the daemon&apos;s own generous limits.</source>
        <translation>Document 002: --ulimit nofile=512:512 limita els fitxers que pot obrir un contenidor; sense això, o sense valors per defecte al dimoni, el contenidor rep els límits generosos del dimoni.</translation>
    </message>
    <message>
        <source>Run with --ulimit nofile=512:512 (Compose: ulimits:), or set default-ulimits in daemon.json.</source>
        <translation>Executeu amb --ulimit nofile=512:512 (Compose: ulimits:) o definiu default-ulimits a daemon.json.</translation>
    </message>
    <message>
        <source>Restart policy is on-failure with a limit</source>
        <translation>La política de reinici és on-failure amb límit</translation>
    </message>
    <message>
        <source>Seed 002 recommends --restart=on-failure so a crashed service comes back; CIS caps the retries at 5 so a container that keeps crashing (or is being attacked) does not restart forever.</source>
        <translation>El document 002 recomana --restart=on-failure perquè un servei que cau es torni a aixecar; el CIS limita els reintents a 5 perquè un contenidor que falla una vegada i una altra (o que està sent atacat) no es reiniciï indefinidament.</translation>
    </message>
    <message>
        <source>Run with --restart on-failure:5 (Compose: restart: on-failure:5).</source>
        <translation>Executeu amb --restart on-failure:5 (Compose: restart: on-failure:5).</translation>
    </message>
    <message>
        <source>Ports are bound to specific interfaces</source>
        <translation>Els ports estan lligats a interfícies concretes</translation>
    </message>
    <message>
        <source>-p 8080:80 publishes on every interface of the host, including public ones, and Docker&apos;s iptables rules bypass host firewalls such as ufw.</source>
        <translation>-p 8080:80 publica a totes les interfícies de l&apos;amfitrió, també les públiques, i les regles iptables de Docker passen per sobre del tallafoc de l&apos;amfitrió, com ara ufw.</translation>
    </message>
    <message>
        <source>Publish on a specific address, for example -p 127.0.0.1:8080:80, and avoid host ports below 1024.</source>
        <translation>Publiqueu en una adreça concreta, per exemple -p 127.0.0.1:8080:80, i eviteu els ports de l&apos;amfitrió per sota de 1024.</translation>
    </message>
    <message>
        <source>Has a health check</source>
        <translation>Té comprovació de salut</translation>
    </message>
    <message>
        <source>A health check lets Docker and orchestrators notice a service that runs but no longer answers, for example after an attack.</source>
        <translation>Una comprovació de salut permet a Docker i als orquestradors adonar-se d&apos;un servei que s&apos;executa però ja no respon, per exemple després d&apos;un atac.</translation>
    </message>
    <message>
        <source>Add HEALTHCHECK to the Dockerfile or run with --health-cmd (Compose: healthcheck:).</source>
        <translation>Afegiu HEALTHCHECK al Dockerfile o executeu amb --health-cmd (Compose: healthcheck:).</translation>
    </message>
    <message>
        <source>Runs under an isolated runtime</source>
        <translation>S&apos;executa amb un runtime aïllat</translation>
    </message>
    <message>
        <source>Under gVisor (runsc) the container&apos;s system calls go to a user-space kernel; under Kata it runs in its own lightweight VM. A kernel exploit then stays inside the sandbox.</source>
        <translation>Amb gVisor (runsc) les crides al sistema del contenidor van a un nucli en espai d&apos;usuari; amb Kata s&apos;executa en la seva pròpia màquina virtual lleugera. Així, un exploit del nucli queda dins de l&apos;entorn aïllat.</translation>
    </message>
    <message>
        <source>Run sensitive containers with --runtime=runsc (Compose: runtime: runsc) once gVisor is registered in daemon.json.</source>
        <translation>Executeu els contenidors sensibles amb --runtime=runsc (Compose: runtime: runsc) un cop gVisor estigui registrat a daemon.json.</translation>
    </message>
    <message>
        <source>seccomp filters system calls</source>
        <translation>seccomp filtra les crides al sistema</translation>
    </message>
    <message>
        <source>Docker&apos;s default seccomp profile blocks about 44 dangerous system calls (such as kexec_load and open_by_handle_at); unconfined removes that filter.</source>
        <translation>El perfil seccomp per defecte de Docker bloqueja unes 44 crides al sistema perilloses (com kexec_load i open_by_handle_at); unconfined elimina aquest filtre.</translation>
    </message>
    <message>
        <source>Remove --security-opt seccomp=unconfined, or give a custom profile that allows only what the service needs.</source>
        <translation>Traieu --security-opt seccomp=unconfined o doneu un perfil personalitzat que només permeti el que el servei necessita.</translation>
    </message>
    <message>
        <source>AppArmor or SELinux confines the container</source>
        <translation>AppArmor o SELinux confinen el contenidor</translation>
    </message>
    <message>
        <source>A mandatory access control profile limits what even root in the container may touch on the host; seed 002 lists AppArmor and SELinux among the host defences.</source>
        <translation>Un perfil de control d&apos;accés obligatori limita el que fins i tot el root del contenidor pot tocar a l&apos;amfitrió; el document 002 inclou AppArmor i SELinux entre les defenses de l&apos;amfitrió.</translation>
    </message>
    <message>
        <source>Enable AppArmor (or SELinux) on the host so containers get docker-default, and never run with apparmor=unconfined.</source>
        <translation>Activeu AppArmor (o SELinux) a l&apos;amfitrió perquè els contenidors rebin docker-default, i no executeu mai amb apparmor=unconfined.</translation>
    </message>
    <message>
        <source>Does not share the host&apos;s namespaces</source>
        <translation>No comparteix els espais de noms de l&apos;amfitrió</translation>
    </message>
    <message>
        <source>--network host, --pid host, --ipc host or --uts host remove the isolation between the container and the host: it sees the host&apos;s interfaces, processes or shared memory.</source>
        <translation>--network host, --pid host, --ipc host o --uts host eliminen l&apos;aïllament entre el contenidor i l&apos;amfitrió: veu les interfícies, els processos o la memòria compartida de l&apos;amfitrió.</translation>
    </message>
    <message>
        <source>Remove --network host, --pid host, --ipc host, --uts host and --userns host; publish ports instead of sharing the host network.</source>
        <translation>Traieu --network host, --pid host, --ipc host, --uts host i --userns host; publiqueu ports en lloc de compartir la xarxa de l&apos;amfitrió.</translation>
    </message>
    <message>
        <source>%1 does not exist: dockerd runs with its defaults.</source>
        <translation>%1 no existeix: dockerd funciona amb els valors per defecte.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2): run Escut as root to check it.</source>
        <translation>No es pot llegir %1 (%2): executeu Escut com a root per comprovar-ho.</translation>
    </message>
    <message>
        <source>%1 is empty: dockerd runs with its defaults.</source>
        <translation>%1 és buit: dockerd funciona amb els valors per defecte.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2). JSON has no comments: remove the // or /* */ lines, or dockerd will refuse to start.</source>
        <translation>%1 no és un JSON vàlid (%2). El JSON no admet comentaris: traieu les línies // o /* */, o dockerd no arrencarà.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2): dockerd will refuse to start.</source>
        <translation>%1 no és un JSON vàlid (%2): dockerd no arrencarà.</translation>
    </message>
    <message>
        <source>%1 has keys dockerd does not know, and it refuses to start with them: %2.</source>
        <translation>%1 té claus que dockerd no coneix, i amb elles no arrenca: %2.</translation>
    </message>
    <message>
        <source>%1 sets %2, which dockerd&apos;s command line sets too: dockerd refuses to start when a setting is given twice.</source>
        <translation>%1 defineix %2, que també defineix la línia d&apos;ordres de dockerd: dockerd no arrenca quan un paràmetre es dona dues vegades.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is valid JSON with %n known key(s).</source>
        <translation>
            <numerusform>%1 és un JSON vàlid amb %n clau coneguda.</numerusform>
            <numerusform>%1 és un JSON vàlid amb %n claus conegudes.</numerusform>
        </translation>
    </message>
    <message>
        <source>dockerd command line: --%1=%2</source>
        <translation>línia d&apos;ordres de dockerd: --%1=%2</translation>
    </message>
    <message>
        <source>daemon.json: &quot;%1&quot;: %2</source>
        <translation>daemon.json: &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not set: the default is %2</source>
        <translation>&quot;%1&quot; no està definit: el valor per defecte és %2</translation>
    </message>
    <message>
        <source>The daemon runs in debug mode (docker info: Debug true; %1).</source>
        <translation>El dimoni s&apos;executa en mode de depuració (docker info: Debug true; %1).</translation>
    </message>
    <message>
        <source>Debug mode is off (docker info: Debug false).</source>
        <translation>El mode de depuració està desactivat (docker info: Debug false).</translation>
    </message>
    <message>
        <source>The default bridge network has enable_icc=false: containers on it cannot talk to each other unless linked.</source>
        <translation>La xarxa bridge per defecte té enable_icc=false: els contenidors que hi ha no es poden comunicar entre ells si no estan enllaçats.</translation>
    </message>
    <message>
        <source>The default bridge network has enable_icc=true (%1): every container on it can reach every other one.</source>
        <translation>La xarxa bridge per defecte té enable_icc=true (%1): cada contenidor que hi ha pot arribar a tots els altres.</translation>
    </message>
    <message>
        <source>dockerd command line: --default-ulimit %1</source>
        <translation>línia d&apos;ordres de dockerd: --default-ulimit %1</translation>
    </message>
    <message>
        <source>daemon.json: default-ulimits for %1.</source>
        <translation>daemon.json: default-ulimits per a %1.</translation>
    </message>
    <message>
        <source>daemon.json: &quot;default-ulimits&quot; is empty.</source>
        <translation>daemon.json: &quot;default-ulimits&quot; és buit.</translation>
    </message>
    <message>
        <source>Cannot read %1: run Escut as root to check it.</source>
        <translation>No es pot llegir %1: executeu Escut com a root per comprovar-ho.</translation>
    </message>
    <message>
        <source>No default ulimits: containers get the daemon&apos;s own limits unless each one sets --ulimit.</source>
        <translation>Sense ulimits per defecte: els contenidors reben els límits del dimoni tret que cadascun defineixi --ulimit.</translation>
    </message>
    <message>
        <source>The daemon runs rootless: root in a container is an unprivileged user on the host.</source>
        <translation>El dimoni s&apos;executa en mode rootless: el root d&apos;un contenidor és un usuari sense privilegis a l&apos;amfitrió.</translation>
    </message>
    <message>
        <source>User namespace remapping is active (docker info: name=userns).</source>
        <translation>La reassignació d&apos;espais de noms d&apos;usuari està activa (docker info: name=userns).</translation>
    </message>
    <message>
        <source>daemon.json sets userns-remap %1 but the daemon does not report it active: restart dockerd.</source>
        <translation>daemon.json defineix userns-remap %1, però el dimoni no diu que estigui actiu: reinicieu dockerd.</translation>
    </message>
    <message>
        <source>No user namespace remapping: root in a container is root on the host.</source>
        <translation>Sense reassignació d&apos;espais de noms d&apos;usuari: el root d&apos;un contenidor és root a l&apos;amfitrió.</translation>
    </message>
    <message>
        <source>Live restore is enabled (docker info: LiveRestoreEnabled true).</source>
        <translation>La restauració en viu està activada (docker info: LiveRestoreEnabled true).</translation>
    </message>
    <message>
        <source>Live restore is disabled (docker info: LiveRestoreEnabled false).</source>
        <translation>La restauració en viu està desactivada (docker info: LiveRestoreEnabled false).</translation>
    </message>
    <message>
        <source>dockerd command line</source>
        <translation>línia d&apos;ordres de dockerd</translation>
    </message>
    <message>
        <source>log-level is not set: the default is info.</source>
        <translation>log-level no està definit: el valor per defecte és info.</translation>
    </message>
    <message>
        <source>log-level is %1 (%2).</source>
        <translation>log-level és %1 (%2).</translation>
    </message>
    <message>
        <source>log-level is %1 (%2): events useful for an investigation are not logged.</source>
        <translation>log-level és %1 (%2): no es registren esdeveniments útils per a una investigació.</translation>
    </message>
    <message>
        <source>log-level is %1 (%2): debug logs can leak sensitive data and fill the disk.</source>
        <translation>log-level és %1 (%2): els registres de depuració poden filtrar dades sensibles i omplir el disc.</translation>
    </message>
    <message>
        <source>This audit reached the daemon over plain TCP (%1): anyone who can reach that port controls the host.</source>
        <translation>Aquesta auditoria ha arribat al dimoni per TCP sense xifrar (%1): qualsevol que arribi a aquest port controla l&apos;amfitrió.</translation>
    </message>
    <message>
        <source>The daemon listens on %1 without --tlsverify: anyone who can reach that port controls the host.</source>
        <translation>El dimoni escolta a %1 sense --tlsverify: qualsevol que arribi a aquest port controla l&apos;amfitrió.</translation>
    </message>
    <message>
        <source>The daemon listens on %1 with TLS client verification.</source>
        <translation>El dimoni escolta a %1 amb verificació TLS del client.</translation>
    </message>
    <message>
        <source>This audit reached the daemon over TLS (%1).</source>
        <translation>Aquesta auditoria ha arribat al dimoni per TLS (%1).</translation>
    </message>
    <message>
        <source>Neither dockerd&apos;s command line nor daemon.json is visible: run Escut as root.</source>
        <translation>No es veuen ni la línia d&apos;ordres de dockerd ni daemon.json: executeu Escut com a root.</translation>
    </message>
    <message>
        <source>The daemon listens only on local sockets (%1).</source>
        <translation>El dimoni només escolta a sòcols locals (%1).</translation>
    </message>
    <message>
        <source>Insecure registries (plain HTTP or unverified TLS): %1.</source>
        <translation>Registres insegurs (HTTP sense xifrar o TLS sense verificar): %1.</translation>
    </message>
    <message>
        <source>No insecure registries besides the local 127.0.0.0/8.</source>
        <translation>No hi ha registres insegurs a part del local 127.0.0.0/8.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is %2:%3 %4</source>
        <translation>%1 és %2:%3 %4</translation>
    </message>
    <message>
        <source>%1 (expected owner root and mode %2 or stricter).</source>
        <translation>%1 (s&apos;esperava propietari root i mode %2 o més restrictiu).</translation>
    </message>
    <message>
        <source>%1: run Escut as root to check it.</source>
        <translation>%1: executeu Escut com a root per comprovar-ho.</translation>
    </message>
    <message>
        <source>None of these files exist on this host.</source>
        <translation>Cap d&apos;aquests fitxers no existeix en aquest amfitrió.</translation>
    </message>
    <message>
        <source>The file was not found on this host.</source>
        <translation>No s&apos;ha trobat el fitxer en aquest amfitrió.</translation>
    </message>
    <message>
        <source>The daemon did not report its version.</source>
        <translation>El dimoni no ha informat de la seva versió.</translation>
    </message>
    <message>
        <source>Docker %1 is long out of support: upgrade.</source>
        <translation>Docker %1 fa temps que no té suport: actualitzeu-lo.</translation>
    </message>
    <message>
        <source>Docker %1 is past its upstream end of life; distribution packages (such as Debian&apos;s +dfsg builds) may still carry security backports.</source>
        <translation>Docker %1 ha passat el final de vida oficial; els paquets de les distribucions (com les compilacions +dfsg de Debian) encara poden incloure correccions de seguretat.</translation>
    </message>
    <message>
        <source>Docker %1 is a maintained release line.</source>
        <translation>Docker %1 és una branca amb manteniment.</translation>
    </message>
    <message>
        <source>Isolated runtimes registered: %1 (default runtime: %2).</source>
        <translation>Runtimes aïllats registrats: %1 (runtime per defecte: %2).</translation>
    </message>
    <message>
        <source>Only runc-style runtimes are registered (%1): every container shares the host kernel.</source>
        <translation>Només hi ha registrats runtimes de tipus runc (%1): tots els contenidors comparteixen el nucli de l&apos;amfitrió.</translation>
    </message>
    <message>
        <source>daemon.json is valid</source>
        <translation>daemon.json és vàlid</translation>
    </message>
    <message>
        <source>dockerd reads /etc/docker/daemon.json at start. Invalid JSON, a comment or an unknown key makes it refuse to start, and a setting given both there and on the command line is a conflict. A broken file means the hardening you wrote is not applied.</source>
        <translation>dockerd llegeix /etc/docker/daemon.json en arrencar. Un JSON no vàlid, un comentari o una clau desconeguda fan que no arrenqui, i un paràmetre definit alhora al fitxer i a la línia d&apos;ordres és un conflicte. Un fitxer trencat vol dir que l&apos;enduriment que hi heu escrit no s&apos;aplica.</translation>
    </message>
    <message>
        <source>Fix the JSON (no comments, no trailing commas), remove unknown keys, and set each option in one place only. Check it with &apos;dockerd --validate&apos; where available.</source>
        <translation>Corregiu el JSON (sense comentaris ni comes finals), traieu les claus desconegudes i definiu cada opció en un sol lloc. Comproveu-ho amb &apos;dockerd --validate&apos; si està disponible.</translation>
    </message>
    <message>
        <source>Debug mode is off</source>
        <translation>El mode de depuració està desactivat</translation>
    </message>
    <message>
        <source>Debug mode logs request bodies and internals that can include secrets, and fills the disk. Seed 002: put &quot;debug&quot;: false in daemon.json.</source>
        <translation>El mode de depuració registra cossos de peticions i detalls interns que poden contenir secrets, i omple el disc. Document 002: poseu &quot;debug&quot;: false a daemon.json.</translation>
    </message>
    <message>
        <source>Set &quot;debug&quot;: false in /etc/docker/daemon.json and reload the daemon.</source>
        <translation>Poseu &quot;debug&quot;: false a /etc/docker/daemon.json i recarregueu el dimoni.</translation>
    </message>
    <message>
        <source>Inter-container communication is restricted</source>
        <translation>La comunicació entre contenidors està restringida</translation>
    </message>
    <message>
        <source>By default every container on the default bridge can talk to every other one. With icc disabled, containers only see those linked explicitly (for example WordPress and its MySQL), so one compromised container cannot probe the rest.</source>
        <translation>Per defecte, cada contenidor de la xarxa bridge per defecte pot parlar amb tots els altres. Amb icc desactivat, els contenidors només veuen els que estan enllaçats explícitament (per exemple WordPress i el seu MySQL), de manera que un contenidor compromès no pot sondejar la resta.</translation>
    </message>
    <message>
        <source>Set &quot;icc&quot;: false in /etc/docker/daemon.json and restart dockerd; connect containers that must talk through user-defined networks.</source>
        <translation>Poseu &quot;icc&quot;: false a /etc/docker/daemon.json i reinicieu dockerd; connecteu els contenidors que s&apos;han de comunicar mitjançant xarxes definides per l&apos;usuari.</translation>
    </message>
    <message>
        <source>Default ulimits are set</source>
        <translation>Hi ha ulimits per defecte</translation>
    </message>
    <message>
        <source>Default ulimits cap open files and processes for every container that does not set its own, so one container cannot exhaust the host. Seed 002 recommends small defaults, raised per container at run time when needed.</source>
        <translation>Els ulimits per defecte limiten els fitxers oberts i els processos de cada contenidor que no en defineix de propis, de manera que un contenidor no pot esgotar l&apos;amfitrió. El document 002 recomana valors per defecte petits, que s&apos;amplien per contenidor en temps d&apos;execució quan cal.</translation>
    </message>
    <message>
        <source>Add &quot;default-ulimits&quot;: {&quot;nofile&quot;: {&quot;Name&quot;: &quot;nofile&quot;, &quot;Soft&quot;: 1024, &quot;Hard&quot;: 2048}} to daemon.json and restart dockerd.</source>
        <translation>Afegiu &quot;default-ulimits&quot;: {&quot;nofile&quot;: {&quot;Name&quot;: &quot;nofile&quot;, &quot;Soft&quot;: 1024, &quot;Hard&quot;: 2048}} a daemon.json i reinicieu dockerd.</translation>
    </message>
    <message>
        <source>User namespaces remap container root</source>
        <translation>Els espais de noms d&apos;usuari reassignen el root del contenidor</translation>
    </message>
    <message>
        <source>Without user namespace remapping, uid 0 in a container is uid 0 on the host: a container escape gives full root. Remapping (or a rootless daemon) maps it to an unprivileged range.</source>
        <translation>Sense reassignació d&apos;espais de noms d&apos;usuari, l&apos;uid 0 d&apos;un contenidor és l&apos;uid 0 de l&apos;amfitrió: una fuga del contenidor dona root complet. La reassignació (o un dimoni rootless) el converteix en un rang sense privilegis.</translation>
    </message>
    <message>
        <source>Set &quot;userns-remap&quot;: &quot;default&quot; in daemon.json and restart dockerd (existing images and volumes are owned by other uids afterwards), or run Docker rootless.</source>
        <translation>Poseu &quot;userns-remap&quot;: &quot;default&quot; a daemon.json i reinicieu dockerd (després, les imatges i els volums existents pertanyen a altres uid), o executeu Docker en mode rootless.</translation>
    </message>
    <message>
        <source>Live restore is enabled</source>
        <translation>La restauració en viu està activada</translation>
    </message>
    <message>
        <source>With live restore, containers keep running while dockerd restarts, so security updates of the daemon do not take services down.</source>
        <translation>Amb la restauració en viu, els contenidors continuen funcionant mentre dockerd es reinicia, de manera que les actualitzacions de seguretat del dimoni no aturen els serveis.</translation>
    </message>
    <message>
        <source>Set &quot;live-restore&quot;: true in daemon.json and reload dockerd (SIGHUP).</source>
        <translation>Poseu &quot;live-restore&quot;: true a daemon.json i recarregueu dockerd (SIGHUP).</translation>
    </message>
    <message>
        <source>New privileges are blocked by default</source>
        <translation>Els privilegis nous estan bloquejats per defecte</translation>
    </message>
    <message>
        <source>no-new-privileges stops processes in containers from gaining privileges through setuid or setcap binaries. Setting it daemon-wide protects every container.</source>
        <translation>no-new-privileges impedeix que els processos dels contenidors obtinguin privilegis mitjançant binaris setuid o setcap. Definir-ho per a tot el dimoni protegeix tots els contenidors.</translation>
    </message>
    <message>
        <source>Set &quot;no-new-privileges&quot;: true in daemon.json and restart dockerd.</source>
        <translation>Poseu &quot;no-new-privileges&quot;: true a daemon.json i reinicieu dockerd.</translation>
    </message>
    <message>
        <source>The userland proxy is disabled</source>
        <translation>El servidor intermediari d&apos;espai d&apos;usuari està desactivat</translation>
    </message>
    <message>
        <source>docker-proxy is a userland process per published port; iptables rules do the same job in the kernel with less attack surface.</source>
        <translation>docker-proxy és un procés d&apos;espai d&apos;usuari per cada port publicat; les regles iptables fan la mateixa feina dins del nucli amb menys superfície d&apos;atac.</translation>
    </message>
    <message>
        <source>Set &quot;userland-proxy&quot;: false in daemon.json and restart dockerd.</source>
        <translation>Poseu &quot;userland-proxy&quot;: false a daemon.json i reinicieu dockerd.</translation>
    </message>
    <message>
        <source>Log level is info</source>
        <translation>El nivell de registre és info</translation>
    </message>
    <message>
        <source>The info level records the events an investigation needs without the volume and sensitive detail of debug.</source>
        <translation>El nivell info registra els esdeveniments que necessita una investigació sense el volum ni els detalls sensibles de debug.</translation>
    </message>
    <message>
        <source>Set &quot;log-level&quot;: &quot;info&quot; in daemon.json (or remove the key) and reload dockerd.</source>
        <translation>Poseu &quot;log-level&quot;: &quot;info&quot; a daemon.json (o traieu la clau) i recarregueu dockerd.</translation>
    </message>
    <message>
        <source>Remote API access requires TLS</source>
        <translation>L&apos;accés remot a l&apos;API requereix TLS</translation>
    </message>
    <message>
        <source>The Docker API is root on the host. Listening on TCP without mutual TLS lets anyone who reaches the port start privileged containers.</source>
        <translation>L&apos;API de Docker és root a l&apos;amfitrió. Escoltar per TCP sense TLS mutu permet a qualsevol que arribi al port arrencar contenidors privilegiats.</translation>
    </message>
    <message>
        <source>Listen only on the unix socket, or set &quot;tlsverify&quot;: true with tlscacert, tlscert and tlskey, and use port 2376.</source>
        <translation>Escolteu només al sòcol unix, o poseu &quot;tlsverify&quot;: true amb tlscacert, tlscert i tlskey, i feu servir el port 2376.</translation>
    </message>
    <message>
        <source>No insecure registries</source>
        <translation>No hi ha registres insegurs</translation>
    </message>
    <message>
        <source>An insecure registry is reached over plain HTTP or unverified TLS: anyone on the path can swap the images you pull.</source>
        <translation>A un registre insegur s&apos;hi arriba per HTTP sense xifrar o TLS sense verificar: qualsevol que estigui pel camí pot canviar les imatges que baixeu.</translation>
    </message>
    <message>
        <source>Remove &quot;insecure-registries&quot; from daemon.json and give the registry a valid TLS certificate.</source>
        <translation>Traieu &quot;insecure-registries&quot; de daemon.json i doneu al registre un certificat TLS vàlid.</translation>
    </message>
    <message>
        <source>docker.sock belongs to root:docker, mode 660</source>
        <translation>docker.sock pertany a root:docker, mode 660</translation>
    </message>
    <message>
        <source>Whoever can write to the Docker socket controls the daemon, which runs as root. Seed 002: other users should not even see the socket.</source>
        <translation>Qui pot escriure al sòcol de Docker controla el dimoni, que s&apos;executa amb l&apos;usuari root. Document 002: els altres usuaris ni tan sols haurien de veure el sòcol.</translation>
    </message>
    <message>
        <source>chown root:docker /var/run/docker.sock; chmod 660 /var/run/docker.sock.</source>
        <translation>chown root:docker /var/run/docker.sock; chmod 660 /var/run/docker.sock.</translation>
    </message>
    <message>
        <source>daemon.json and /etc/docker are owned by root and not writable by others</source>
        <translation>daemon.json i /etc/docker pertanyen a root i els altres no hi poden escriure</translation>
    </message>
    <message>
        <source>Whoever can change the daemon&apos;s configuration can weaken every container at the next restart. Seed 002: users must not be able to touch it.</source>
        <translation>Qui pot canviar la configuració del dimoni pot afeblir tots els contenidors en el proper reinici. Document 002: els usuaris no l&apos;han de poder tocar.</translation>
    </message>
    <message>
        <source>chown root:root /etc/docker/daemon.json; chmod 644 /etc/docker/daemon.json; chmod 755 /etc/docker.</source>
        <translation>chown root:root /etc/docker/daemon.json; chmod 644 /etc/docker/daemon.json; chmod 755 /etc/docker.</translation>
    </message>
    <message>
        <source>key.json and TLS keys are readable by root only</source>
        <translation>key.json i les claus TLS només les pot llegir root</translation>
    </message>
    <message>
        <source>key.json holds the daemon&apos;s private key (base64) used for TLS, for example with a registry; TLS keys prove the daemon&apos;s identity. Seed 002: no user but root may read them.</source>
        <translation>key.json conté la clau privada del dimoni (en base64) que es fa servir per a TLS, per exemple amb un registre; les claus TLS proven la identitat del dimoni. Document 002: cap usuari que no sigui root les ha de poder llegir.</translation>
    </message>
    <message>
        <source>Docker is a supported version</source>
        <translation>Docker és una versió amb suport</translation>
    </message>
    <message>
        <source>Containers share the host kernel and the daemon runs as root: an unpatched daemon is a way in. Seed 002: keep all system software at the latest stable version.</source>
        <translation>Els contenidors comparteixen el nucli de l&apos;amfitrió i el dimoni s&apos;executa amb l&apos;usuari root: un dimoni sense pedaços és una porta d&apos;entrada. Document 002: manteniu tot el programari del sistema a l&apos;última versió estable.</translation>
    </message>
    <message>
        <source>Upgrade Docker Engine to a maintained release, and keep the distribution&apos;s security updates applied.</source>
        <translation>Actualitzeu Docker Engine a una versió amb manteniment i mantingueu aplicades les actualitzacions de seguretat de la distribució.</translation>
    </message>
    <message>
        <source>An isolated runtime (gVisor or Kata) is available</source>
        <translation>Hi ha disponible un runtime aïllat (gVisor o Kata)</translation>
    </message>
    <message>
        <source>runc containers share the host kernel. gVisor (runsc) puts a user-space kernel between the container and the host; Kata Containers runs each container in a lightweight virtual machine. Either stops most kernel exploits.</source>
        <translation>Els contenidors runc comparteixen el nucli de l&apos;amfitrió. gVisor (runsc) posa un nucli en espai d&apos;usuari entre el contenidor i l&apos;amfitrió; Kata Containers executa cada contenidor en una màquina virtual lleugera. Tots dos aturen la majoria d&apos;exploits del nucli.</translation>
    </message>
    <message>
        <source>Install gVisor (apt install runsc; runsc install) or Kata Containers, register it under &quot;runtimes&quot; in daemon.json, and run sensitive containers with --runtime=runsc.</source>
        <translation>Instal·leu gVisor (apt install runsc; runsc install) o Kata Containers, registreu-lo a &quot;runtimes&quot; de daemon.json i executeu els contenidors sensibles amb --runtime=runsc.</translation>
    </message>
    <message>
        <source>Host files are not visible from a remote endpoint (%1): run Escut on the Docker host itself.</source>
        <translation>Els fitxers de l&apos;amfitrió no es veuen des d&apos;un punt de connexió remot (%1): executeu Escut al mateix amfitrió de Docker.</translation>
    </message>
    <message>
        <source>privileged: true.</source>
        <translation>privileged: true.</translation>
    </message>
    <message>
        <source>Not privileged.</source>
        <translation>No és privilegiat.</translation>
    </message>
    <message>
        <source>cap_drop: [ALL].</source>
        <translation>cap_drop: [ALL].</translation>
    </message>
    <message>
        <source>cap_drop: [ALL], cap_add: %1.</source>
        <translation>cap_drop: [ALL], cap_add: %1.</translation>
    </message>
    <message>
        <source>No cap_drop: [ALL]: the service keeps Docker&apos;s default capabilities.</source>
        <translation>Sense cap_drop: [ALL]: el servei conserva les capabilities per defecte de Docker.</translation>
    </message>
    <message>
        <source>security_opt has %1.</source>
        <translation>security_opt té %1.</translation>
    </message>
    <message>
        <source>security_opt has no no-new-privileges:true.</source>
        <translation>security_opt no té no-new-privileges:true.</translation>
    </message>
    <message>
        <source>No user: the service runs as the image&apos;s user, root unless the image says otherwise.</source>
        <translation>Sense user: el servei s&apos;executa amb l&apos;usuari de la imatge, root tret que la imatge digui una altra cosa.</translation>
    </message>
    <message>
        <source>user: %1 is root.</source>
        <translation>user: %1 és root.</translation>
    </message>
    <message>
        <source>user: %1.</source>
        <translation>user: %1.</translation>
    </message>
    <message>
        <source>read_only: true.</source>
        <translation>read_only: true.</translation>
    </message>
    <message>
        <source>The root filesystem is writable (no read_only: true).</source>
        <translation>El sistema de fitxers arrel es pot escriure (no hi ha read_only: true).</translation>
    </message>
    <message>
        <source>Memory and CPU are limited.</source>
        <translation>La memòria i la CPU estan limitades.</translation>
    </message>
    <message>
        <source>Memory is limited but CPU is not.</source>
        <translation>La memòria està limitada però la CPU no.</translation>
    </message>
    <message>
        <source>CPU is limited but memory is not.</source>
        <translation>La CPU està limitada però la memòria no.</translation>
    </message>
    <message>
        <source>No memory or CPU limit (mem_limit, cpus or deploy.resources.limits).</source>
        <translation>Sense límit de memòria ni de CPU (mem_limit, cpus o deploy.resources.limits).</translation>
    </message>
    <message>
        <source>Mounts %1: the service controls the Docker daemon.</source>
        <translation>Munta %1: el servei controla el dimoni de Docker.</translation>
    </message>
    <message>
        <source>No runtime socket mounted.</source>
        <translation>No hi ha cap sòcol del runtime muntat.</translation>
    </message>
    <message>
        <source>network_mode: host: every port the service opens is open on the host.</source>
        <translation>network_mode: host: cada port que obre el servei queda obert a l&apos;amfitrió.</translation>
    </message>
    <message>
        <source>Ports published on every interface: %1.</source>
        <translation>Ports publicats a totes les interfícies: %1.</translation>
    </message>
    <message>
        <source>No port published on every interface.</source>
        <translation>Cap port publicat a totes les interfícies.</translation>
    </message>
    <message>
        <source>Built from a Dockerfile (see the dockerfile checks).</source>
        <translation>Es construeix a partir d&apos;un Dockerfile (vegeu les comprovacions de Dockerfile).</translation>
    </message>
    <message>
        <source>Neither image nor build.</source>
        <translation>No té ni image ni build.</translation>
    </message>
    <message>
        <source>%1 is pinned by digest.</source>
        <translation>%1 està fixada per digest.</translation>
    </message>
    <message>
        <source>%1 has no fixed tag: every pull may bring a different image.</source>
        <translation>%1 no té una etiqueta fixa: cada pull pot portar una imatge diferent.</translation>
    </message>
    <message>
        <source>%1: the tag comes from a variable.</source>
        <translation>%1: l&apos;etiqueta ve d&apos;una variable.</translation>
    </message>
    <message>
        <source>%1 has a fixed tag (a digest would pin it exactly).</source>
        <translation>%1 té una etiqueta fixa (un digest la fixaria exactament).</translation>
    </message>
    <message>
        <source>Secrets written in the file as environment values: %1.</source>
        <translation>Secrets escrits al fitxer com a valors d&apos;entorn: %1.</translation>
    </message>
    <message>
        <source>Uses Docker secrets.</source>
        <translation>Fa servir Docker Secrets.</translation>
    </message>
    <message>
        <source>No secret-looking value in the environment.</source>
        <translation>Cap valor de l&apos;entorn no sembla un secret.</translation>
    </message>
    <message>
        <source>Service is not privileged</source>
        <translation>El servei no és privilegiat</translation>
    </message>
    <message>
        <source>privileged: true in a Compose file is --privileged: every capability and every host device, one step from root on the host.</source>
        <translation>privileged: true en un fitxer Compose és --privileged: totes les capabilities i tots els dispositius de l&apos;amfitrió, a un pas de ser root a l&apos;amfitrió.</translation>
    </message>
    <message>
        <source>Remove privileged: true and add only the capabilities the service needs with cap_add.</source>
        <translation>Traieu privileged: true i afegiu només les capabilities que el servei necessita amb cap_add.</translation>
    </message>
    <message>
        <source>Service drops all capabilities</source>
        <translation>El servei elimina totes les capabilities</translation>
    </message>
    <message>
        <source>Seed 000&apos;s docker-compose.yml drops every capability with cap_drop: ALL; the service then adds back only what it needs.</source>
        <translation>El docker-compose.yml del document 000 elimina totes les capabilities amb cap_drop: ALL; després el servei només torna a afegir el que necessita.</translation>
    </message>
    <message>
        <source>Add cap_drop: [ALL] and the cap_add entries the service needs.</source>
        <translation>Afegiu cap_drop: [ALL] i les entrades cap_add que el servei necessiti.</translation>
    </message>
    <message>
        <source>Service cannot gain new privileges</source>
        <translation>El servei no pot obtenir privilegis nous</translation>
    </message>
    <message>
        <source>security_opt: no-new-privileges:true, as in seed 000&apos;s example, stops setuid binaries from raising privileges.</source>
        <translation>security_opt: no-new-privileges:true, com a l&apos;exemple del document 000, impedeix que els binaris setuid elevin privilegis.</translation>
    </message>
    <message>
        <source>Add security_opt: [&quot;no-new-privileges:true&quot;].</source>
        <translation>Afegiu security_opt: [&quot;no-new-privileges:true&quot;].</translation>
    </message>
    <message>
        <source>Service runs as a non-root user</source>
        <translation>El servei s&apos;executa amb un usuari no root</translation>
    </message>
    <message>
        <source>Without user:, the service runs as the image&apos;s user, usually root, the same uid 0 as the host&apos;s root.</source>
        <translation>Sense user:, el servei s&apos;executa amb l&apos;usuari de la imatge, normalment root, el mateix uid 0 que el root de l&apos;amfitrió.</translation>
    </message>
    <message>
        <source>Set user: to a non-root UID:GID the image supports.</source>
        <translation>Definiu user: amb un UID:GID no root que la imatge admeti.</translation>
    </message>
    <message>
        <source>Service root filesystem is read-only</source>
        <translation>El sistema de fitxers arrel del servei és només de lectura</translation>
    </message>
    <message>
        <source>read_only: true stops an attacker from changing binaries or dropping tools into the container.</source>
        <translation>read_only: true impedeix que un atacant modifiqui binaris o deixi eines dins del contenidor.</translation>
    </message>
    <message>
        <source>Add read_only: true and tmpfs entries for the paths the service writes.</source>
        <translation>Afegiu read_only: true i entrades tmpfs per als camins on escriu el servei.</translation>
    </message>
    <message>
        <source>Service memory and CPU are limited</source>
        <translation>La memòria i la CPU del servei estan limitades</translation>
    </message>
    <message>
        <source>Without limits one service can take all the host&apos;s memory or CPU and bring down the others (seed 002).</source>
        <translation>Sense límits, un servei pot ocupar tota la memòria o la CPU de l&apos;amfitrió i fer caure els altres (document 002).</translation>
    </message>
    <message>
        <source>Add mem_limit and cpus (file format 2) or deploy.resources.limits (format 3).</source>
        <translation>Afegiu mem_limit i cpus (format de fitxer 2) o deploy.resources.limits (format 3).</translation>
    </message>
    <message>
        <source>Service does not mount the Docker socket</source>
        <translation>El servei no munta el sòcol de Docker</translation>
    </message>
    <message>
        <source>A docker.sock volume gives the service the whole Docker daemon, and so the host.</source>
        <translation>Un volum docker.sock dona al servei tot el dimoni de Docker i, per tant, l&apos;amfitrió.</translation>
    </message>
    <message>
        <source>Remove the docker.sock volume; use a rootless daemon or a socket proxy for CI.</source>
        <translation>Traieu el volum docker.sock; per a CI feu servir un dimoni rootless o un servidor intermediari del sòcol.</translation>
    </message>
    <message>
        <source>Service ports are bound to loopback</source>
        <translation>Els ports del servei estan lligats a loopback</translation>
    </message>
    <message>
        <source>&quot;8080:80&quot; publishes on every interface of the host, public ones included, past host firewalls such as ufw.</source>
        <translation>&quot;8080:80&quot; publica a totes les interfícies de l&apos;amfitrió, també les públiques, passant per sobre del tallafoc de l&apos;amfitrió, com ara ufw.</translation>
    </message>
    <message>
        <source>Publish as &quot;127.0.0.1:8080:80&quot; unless the service must be public.</source>
        <translation>Publiqueu com a &quot;127.0.0.1:8080:80&quot; tret que el servei hagi de ser públic.</translation>
    </message>
    <message>
        <source>Service image has a fixed version</source>
        <translation>La imatge del servei té una versió fixa</translation>
    </message>
    <message>
        <source>Seed 002: using an image without its version is bad practice; latest changes under you and cannot be checked for vulnerabilities.</source>
        <translation>Document 002: fer servir una imatge sense versió és una mala pràctica; latest canvia sense avisar i no se&apos;n poden comprovar les vulnerabilitats.</translation>
    </message>
    <message>
        <source>Use image: name:version, or better name@sha256:digest.</source>
        <translation>Feu servir image: nom:versió, o millor nom@sha256:digest.</translation>
    </message>
    <message>
        <source>Service secrets are Docker secrets, not environment values</source>
        <translation>Els secrets del servei són Docker Secrets, no valors d&apos;entorn</translation>
    </message>
    <message>
        <source>Seed 000: inject secrets with Docker secrets. Values in environment: end up in the file, in docker inspect and in every process of the container.</source>
        <translation>Document 000: injecteu els secrets amb Docker Secrets. Els valors d&apos;environment: acaben al fitxer, a docker inspect i a tots els processos del contenidor.</translation>
    </message>
    <message>
        <source>Move them to secrets: (files under /run/secrets) and use the images&apos; _FILE variables.</source>
        <translation>Passeu-los a secrets: (fitxers a /run/secrets) i feu servir les variables _FILE de les imatges.</translation>
    </message>
    <message>
        <source>%1 → %2: not resolved in this snapshot</source>
        <translation>%1 → %2: no resolt en aquesta instantània</translation>
    </message>
    <message>
        <source>No bind or volume mounts: the container keeps its data in its writable layer, under Docker&apos;s data root (see host.encrypted-docker-root).</source>
        <translation>Cap muntatge bind ni volum: el contenidor desa les dades a la seva capa d&apos;escriptura, dins el directori de dades de Docker (vegeu host.encrypted-docker-root).</translation>
    </message>
    <message numerus="yes">
        <source>%n mount(s) on unencrypted storage: %1</source>
        <translation>
            <numerusform>%n muntatge en emmagatzematge sense xifrar: %1</numerusform>
            <numerusform>%n muntatges en emmagatzematge sense xifrar: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every mount is on encrypted storage: %1</source>
        <translation>Tots els muntatges són en emmagatzematge xifrat: %1</translation>
    </message>
    <message>
        <source>docker info reports no DockerRootDir.</source>
        <translation>docker info no informa de cap DockerRootDir.</translation>
    </message>
    <message>
        <source>The container&apos;s volumes are on encrypted storage</source>
        <translation>Els volums del contenidor són en emmagatzematge xifrat</translation>
    </message>
    <message>
        <source>Bind mounts and volumes hold the data that outlives the container: databases, uploads, keys. Seed 000 asks for encryption at rest (LUKS/dm-crypt for the block device, or fscrypt for a directory), so a stolen disk or a discarded snapshot reveals nothing.</source>
        <translation>Els muntatges bind i els volums guarden les dades que sobreviuen al contenidor: bases de dades, fitxers pujats, claus. El document 000 demana xifratge en repòs (LUKS/dm-crypt per al dispositiu de blocs, o fscrypt per a un directori), perquè un disc robat o una instantània descartada no revelin res.</translation>
    </message>
    <message>
        <source>Move the volume&apos;s data to a LUKS-encrypted filesystem (cryptsetup luksFormat, then mount it and point the bind mount or the volume&apos;s device option at it), or encrypt the directory with fscrypt encrypt.</source>
        <translation>Moveu les dades del volum a un sistema de fitxers xifrat amb LUKS (cryptsetup luksFormat; després munteu-lo i feu-hi apuntar el muntatge bind o l&apos;opció device del volum), o xifreu el directori amb fscrypt encrypt.</translation>
    </message>
    <message>
        <source>Docker&apos;s data root is on encrypted storage</source>
        <translation>El directori de dades de Docker és en emmagatzematge xifrat</translation>
    </message>
    <message>
        <source>The data root keeps every image layer, every container&apos;s writable layer, logs and named volumes. On an unencrypted disk, anything written inside a container can be read from the disk without Docker.</source>
        <translation>El directori de dades conté totes les capes de les imatges, la capa d&apos;escriptura de cada contenidor, els registres i els volums amb nom. En un disc sense xifrar, tot el que s&apos;escriu dins un contenidor es pot llegir del disc sense Docker.</translation>
    </message>
    <message>
        <source>Put the data root on a LUKS-encrypted device (cryptsetup luksFormat, /etc/crypttab) and set data-root in daemon.json to its mount point; move the old data with dockerd stopped.</source>
        <translation>Poseu el directori de dades en un dispositiu xifrat amb LUKS (cryptsetup luksFormat, /etc/crypttab) i feu que data-root de daemon.json en sigui el punt de muntatge; moveu-hi les dades antigues amb dockerd aturat.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 i %n més</numerusform>
            <numerusform>%1 i %n més</numerusform>
        </translation>
    </message>
    <message>
        <source>running kernel unknown (%1)</source>
        <translation>nucli en execució desconegut (%1)</translation>
    </message>
    <message>
        <source>running kernel %1</source>
        <translation>nucli en execució %1</translation>
    </message>
    <message>
        <source>No package manager Escut knows (apt-get, dnf, zypper) was found; %1.</source>
        <translation>No s&apos;ha trobat cap gestor de paquets que Escut conegui (apt-get, dnf, zypper); %1.</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message>
        <source>%1, remembered from an earlier audit: the package lists and database have not changed since</source>
        <translation>%1, recordat d&apos;una auditoria anterior: les llistes i la base de dades de paquets no han canviat des de llavors</translation>
    </message>
    <message>
        <source> A reboot is pending (/var/run/reboot-required): the running kernel or libraries are not the updated ones.</source>
        <translation> Hi ha un reinici pendent (/var/run/reboot-required): el nucli o les biblioteques en execució no són els actualitzats.</translation>
    </message>
    <message numerus="yes">
        <source>%n security update(s) pending (%1), of %2 in all (%3); %4.</source>
        <translation>
            <numerusform>%n actualització de seguretat pendent (%1), de %2 en total (%3); %4.</numerusform>
            <numerusform>%n actualitzacions de seguretat pendents (%1), de %2 en total (%3); %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) pending, none from a security archive (%1: %2); %3.</source>
        <translation>
            <numerusform>%n actualització pendent, cap d&apos;un arxiu de seguretat (%1: %2); %3.</numerusform>
            <numerusform>%n actualitzacions pendents, cap d&apos;un arxiu de seguretat (%1: %2); %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>No update is pending (%1), but %2.</source>
        <translation>No hi ha cap actualització pendent (%1), però %2.</translation>
    </message>
    <message>
        <source>No update is pending (%1); %2.</source>
        <translation>No hi ha cap actualització pendent (%1); %2.</translation>
    </message>
    <message>
        <source>docker info reports %1 in SecurityOptions (the host side is not visible from a remote endpoint).</source>
        <translation>docker info informa de %1 a SecurityOptions (la part de l&apos;amfitrió no es veu des d&apos;un punt de connexió remot).</translation>
    </message>
    <message>
        <source>SELinux is enforcing (%1) and dockerd labels containers (docker info: name=selinux).</source>
        <translation>SELinux està en mode enforcing (%1) i dockerd etiqueta els contenidors (docker info: name=selinux).</translation>
    </message>
    <message>
        <source>SELinux is enforcing (%1) but dockerd runs without selinux-enabled: containers get no SELinux label.</source>
        <translation>SELinux està en mode enforcing (%1) però dockerd funciona sense selinux-enabled: els contenidors no reben cap etiqueta SELinux.</translation>
    </message>
    <message>
        <source>AppArmor is enabled in the kernel (%1: Y) but docker info does not report it: containers run unconfined.</source>
        <translation>AppArmor està activat al nucli (%1: Y) però docker info no n&apos;informa: els contenidors s&apos;executen sense confinar.</translation>
    </message>
    <message>
        <source>AppArmor is enabled but no profile is in enforce mode (%1: %2 in complain mode).</source>
        <translation>AppArmor està activat però cap perfil no és en mode enforce (%1: %2 en mode complain).</translation>
    </message>
    <message>
        <source>AppArmor is enabled and enforcing: %1 profile(s) in enforce mode, %2 in complain mode (%3); dockerd applies it (docker info: name=apparmor).</source>
        <translation>AppArmor està activat i s&apos;aplica: %1 perfils en mode enforce, %2 en mode complain (%3); dockerd l&apos;aplica (docker info: name=apparmor).</translation>
    </message>
    <message>
        <source>AppArmor is enabled (%1: Y) and dockerd applies it (docker info: name=apparmor); the profile counts are unknown: %2</source>
        <translation>AppArmor està activat (%1: Y) i dockerd l&apos;aplica (docker info: name=apparmor); el nombre de perfils és desconegut: %2</translation>
    </message>
    <message>
        <source>SELinux is permissive (%1): it logs denials but enforces nothing.</source>
        <translation>SELinux està en mode permissive (%1): registra les denegacions però no imposa res.</translation>
    </message>
    <message>
        <source>AppArmor is disabled (%1: N)</source>
        <translation>AppArmor està desactivat (%1: N)</translation>
    </message>
    <message>
        <source>AppArmor is not in the kernel (no %1)</source>
        <translation>AppArmor no és al nucli (no hi ha %1)</translation>
    </message>
    <message>
        <source>SELinux is not in use (no %1)</source>
        <translation>SELinux no s&apos;utilitza (no hi ha %1)</translation>
    </message>
    <message>
        <source>SELinux is %1</source>
        <translation>SELinux està en mode %1</translation>
    </message>
    <message>
        <source>No mandatory access control: %1; %2. Containers are confined by namespaces and seccomp only.</source>
        <translation>Cap control d&apos;accés obligatori: %1; %2. Els contenidors només estan confinats per espais de noms i seccomp.</translation>
    </message>
    <message>
        <source>dockerd runs with --iptables=false: Docker adds no isolation or NAT rules, and published ports are not filtered the way Docker expects.</source>
        <translation>dockerd s&apos;executa amb --iptables=false: Docker no afegeix regles d&apos;aïllament ni de NAT, i els ports publicats no es filtren com Docker espera.</translation>
    </message>
    <message>
        <source>daemon.json sets &quot;iptables&quot;: false: Docker adds no isolation or NAT rules, and published ports are not filtered the way Docker expects.</source>
        <translation>daemon.json posa &quot;iptables&quot;: false: Docker no afegeix regles d&apos;aïllament ni de NAT, i els ports publicats no es filtren com Docker espera.</translation>
    </message>
    <message>
        <source>no input chain</source>
        <translation>cap cadena d&apos;entrada</translation>
    </message>
    <message>
        <source>No firewall filters incoming traffic: input policy %1 and no drop or reject rule reachable from it (%2).</source>
        <translation>Cap tallafoc no filtra el trànsit entrant: política d&apos;entrada %1 i cap regla drop ni reject accessible des d&apos;ella (%2).</translation>
    </message>
    <message numerus="yes">
        <source>input policy %1, %n drop/reject rule(s)</source>
        <translation>
            <numerusform>política d&apos;entrada %1, %n regla drop/reject</numerusform>
            <numerusform>política d&apos;entrada %1, %n regles drop/reject</numerusform>
        </translation>
    </message>
    <message>
        <source>Incoming traffic is filtered (%1; %2), but the DOCKER-USER chain is empty: published container ports are forwarded before the input chain sees them.</source>
        <translation>El trànsit entrant es filtra (%1; %2), però la cadena DOCKER-USER és buida: els ports publicats dels contenidors es reenvien abans que la cadena d&apos;entrada els vegi.</translation>
    </message>
    <message numerus="yes">
        <source>Incoming traffic is filtered (%1) and DOCKER-USER has %n rule(s) for container traffic (%2).</source>
        <translation>
            <numerusform>El trànsit entrant es filtra (%1) i DOCKER-USER té %n regla per al trànsit dels contenidors (%2).</numerusform>
            <numerusform>El trànsit entrant es filtra (%1) i DOCKER-USER té %n regles per al trànsit dels contenidors (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Incoming traffic is filtered (%1; %2).</source>
        <translation>El trànsit entrant es filtra (%1; %2).</translation>
    </message>
    <message>
        <source>There is no docker group (%1): only root can use the Docker socket.</source>
        <translation>No hi ha grup docker (%1): només root pot usar el sòcol de Docker.</translation>
    </message>
    <message>
        <source>The docker group has no members (%1).</source>
        <translation>El grup docker no té membres (%1).</translation>
    </message>
    <message>
        <source>In the docker group but not administrators (sudo, wheel, admin): %1. Membership of docker is root on this host (%2). Members: %3.</source>
        <translation>Al grup docker però no administradors (sudo, wheel, admin): %1. Ser del grup docker és ser root en aquest amfitrió (%2). Membres: %3.</translation>
    </message>
    <message>
        <source>The docker group&apos;s members (%1) are all administrators already (%2); membership is root-equivalent, keep it that way.</source>
        <translation>Els membres del grup docker (%1) ja són tots administradors (%2); ser-ne membre equival a ser root, manteniu-ho així.</translation>
    </message>
    <message>
        <source>%1 is on the root filesystem (%2 %3 at /, findmnt): a full data root fills the system&apos;s disk.</source>
        <translation>%1 és al sistema de fitxers arrel (%2 %3 a /, findmnt): si el directori de dades s&apos;omple, omple el disc del sistema.</translation>
    </message>
    <message>
        <source>%1 is mounted at %2 but it is a bind mount of %3, the root filesystem&apos;s device (findmnt): not a separate partition.</source>
        <translation>%1 està muntat a %2 però és un muntatge bind de %3, el dispositiu del sistema de fitxers arrel (findmnt): no és una partició separada.</translation>
    </message>
    <message>
        <source>%1 is mounted at %2 from %3, the same device as / (findmnt): it shares the root filesystem&apos;s space.</source>
        <translation>%1 està muntat a %2 des de %3, el mateix dispositiu que / (findmnt): comparteix l&apos;espai del sistema de fitxers arrel.</translation>
    </message>
    <message>
        <source>%1 is on its own filesystem: %2 (%3) mounted at %4 (findmnt).</source>
        <translation>%1 és en un sistema de fitxers propi: %2 (%3) muntat a %4 (findmnt).</translation>
    </message>
    <message>
        <source>None of the files CIS 1.1.3-1.1.18 audit exist on this host.</source>
        <translation>Cap dels fitxers que audita CIS 1.1.3-1.1.18 no existeix en aquest amfitrió.</translation>
    </message>
    <message>
        <source>auditd watches every Docker file on this host (%1): %2.</source>
        <translation>auditd vigila tots els fitxers de Docker d&apos;aquest amfitrió (%1): %2.</translation>
    </message>
    <message numerus="yes">
        <source>No audit rule for %n Docker file(s) (%1): %2.</source>
        <translation>
            <numerusform>Cap regla d&apos;auditoria per a %n fitxer de Docker (%1): %2.</numerusform>
            <numerusform>Cap regla d&apos;auditoria per a %n fitxers de Docker (%1): %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Content trust is turned off in %1.</source>
        <translation>Content trust està desactivat a %1.</translation>
    </message>
    <message>
        <source>DOCKER_CONTENT_TRUST=1 is exported in %1%2.</source>
        <translation>DOCKER_CONTENT_TRUST=1 s&apos;exporta a %1%2.</translation>
    </message>
    <message>
        <source> and set in this environment</source>
        <translation> i està definit en aquest entorn</translation>
    </message>
    <message>
        <source>DOCKER_CONTENT_TRUST=1 is set in this environment only: no start file sets it (looked in %1), so new shells pull unsigned images.</source>
        <translation>DOCKER_CONTENT_TRUST=1 només està definit en aquest entorn: cap fitxer d&apos;inici no el defineix (s&apos;ha mirat %1), així que els intèrprets nous baixen imatges sense signar.</translation>
    </message>
    <message>
        <source>DOCKER_CONTENT_TRUST=1 is set but not exported in %1: docker does not see it.</source>
        <translation>DOCKER_CONTENT_TRUST=1 està definit però no exportat a %1: docker no el veu.</translation>
    </message>
    <message>
        <source>DOCKER_CONTENT_TRUST is %1 in this environment and no start file sets it to 1 (looked in %2).</source>
        <translation>DOCKER_CONTENT_TRUST val %1 en aquest entorn i cap fitxer d&apos;inici no el posa a 1 (s&apos;ha mirat %2).</translation>
    </message>
    <message>
        <source>DOCKER_CONTENT_TRUST is not set in this environment nor in any start file (looked in %1): docker pulls and runs unsigned images.</source>
        <translation>DOCKER_CONTENT_TRUST no està definit ni en aquest entorn ni en cap fitxer d&apos;inici (s&apos;ha mirat %1): docker baixa i executa imatges sense signar.</translation>
    </message>
    <message>
        <source>no existing file</source>
        <translation>cap fitxer existent</translation>
    </message>
    <message>
        <source>The host has no pending security updates</source>
        <translation>L&apos;amfitrió no té actualitzacions de seguretat pendents</translation>
    </message>
    <message>
        <source>A container shares the host&apos;s kernel, and dockerd, containerd and runc are host packages: an unpatched kernel or runtime is an escape path for every container. Seed 002 starts host hardening with keeping the system updated.</source>
        <translation>Un contenidor comparteix el nucli de l&apos;amfitrió, i dockerd, containerd i runc són paquets de l&apos;amfitrió: un nucli o un runtime sense pedaços és una via d&apos;escapament per a tots els contenidors. El document 002 comença l&apos;enduriment de l&apos;amfitrió per mantenir el sistema actualitzat.</translation>
    </message>
    <message>
        <source>Install the pending updates (apt-get update &amp;&amp; apt-get upgrade, dnf upgrade, zypper patch), reboot when the kernel changed, and turn on unattended security updates.</source>
        <translation>Instal·leu les actualitzacions pendents (apt-get update &amp;&amp; apt-get upgrade, dnf upgrade, zypper patch), reinicieu si ha canviat el nucli i activeu les actualitzacions de seguretat desateses.</translation>
    </message>
    <message>
        <source>AppArmor or SELinux is enabled and enforcing</source>
        <translation>AppArmor o SELinux està activat i s&apos;aplica</translation>
    </message>
    <message>
        <source>Mandatory access control confines what a process may do even as root: with AppArmor (docker-default profile) or SELinux labels, a compromised container cannot read or write most of the host. Without it, only namespaces and seccomp stand in the way.</source>
        <translation>El control d&apos;accés obligatori limita el que pot fer un procés fins i tot com a root: amb AppArmor (perfil docker-default) o etiquetes SELinux, un contenidor compromès no pot llegir ni escriure la major part de l&apos;amfitrió. Sense ell, només hi ha els espais de noms i seccomp.</translation>
    </message>
    <message>
        <source>Enable AppArmor (apparmor=1 security=apparmor on the kernel command line, apt-get install apparmor) or SELinux in enforcing mode (and selinux-enabled in daemon.json), then restart dockerd.</source>
        <translation>Activeu AppArmor (apparmor=1 security=apparmor a la línia d&apos;ordres del nucli, apt-get install apparmor) o SELinux en mode enforcing (i selinux-enabled a daemon.json), i reinicieu dockerd.</translation>
    </message>
    <message>
        <source>A firewall filters the host and Docker manages iptables</source>
        <translation>Un tallafoc filtra l&apos;amfitrió i Docker gestiona iptables</translation>
    </message>
    <message>
        <source>A host firewall limits what can reach the host&apos;s services. Docker publishes container ports by DNAT in iptables, before the input chain: rules for container traffic belong in the DOCKER-USER chain. With iptables disabled in dockerd, Docker&apos;s isolation rules are missing.</source>
        <translation>Un tallafoc a l&apos;amfitrió limita què pot arribar als seus serveis. Docker publica els ports dels contenidors amb DNAT a iptables, abans de la cadena d&apos;entrada: les regles per al trànsit dels contenidors van a la cadena DOCKER-USER. Amb iptables desactivat a dockerd, falten les regles d&apos;aïllament de Docker.</translation>
    </message>
    <message>
        <source>Set a drop policy (or drop rules) on the input chain with nftables, iptables, ufw or firewalld, filter published ports in DOCKER-USER, and leave dockerd&apos;s iptables setting at its default (true).</source>
        <translation>Poseu una política drop (o regles drop) a la cadena d&apos;entrada amb nftables, iptables, ufw o firewalld, filtreu els ports publicats a DOCKER-USER i deixeu l&apos;opció iptables de dockerd amb el valor per defecte (true).</translation>
    </message>
    <message>
        <source>Only administrators are in the docker group</source>
        <translation>Només hi ha administradors al grup docker</translation>
    </message>
    <message>
        <source>Whoever can use the Docker socket can run &apos;docker run -v /:/host --privileged&apos; and own the host: membership of the docker group is root without a password or a log entry.</source>
        <translation>Qui pot usar el sòcol de Docker pot executar &apos;docker run -v /:/host --privileged&apos; i apoderar-se de l&apos;amfitrió: ser del grup docker és ser root sense contrasenya ni cap entrada al registre.</translation>
    </message>
    <message>
        <source>Remove users who are not administrators from the group (gpasswd -d USER docker); give others sudo rules for specific commands, or rootless Docker.</source>
        <translation>Traieu del grup els usuaris que no són administradors (gpasswd -d USUARI docker); doneu als altres regles sudo per a ordres concretes, o Docker rootless.</translation>
    </message>
    <message>
        <source>Docker&apos;s data root is on its own partition</source>
        <translation>El directori de dades de Docker és en una partició pròpia</translation>
    </message>
    <message>
        <source>Images, containers and volumes grow without bound. On the root filesystem they can fill the disk that the system, its logs and its security tools need.</source>
        <translation>Les imatges, els contenidors i els volums creixen sense límit. Al sistema de fitxers arrel poden omplir el disc que necessiten el sistema, els seus registres i les seves eines de seguretat.</translation>
    </message>
    <message>
        <source>Put /var/lib/docker (or the data-root of daemon.json) on its own partition or logical volume, mounted at boot through /etc/fstab.</source>
        <translation>Poseu /var/lib/docker (o el data-root de daemon.json) en una partició o un volum lògic propis, muntats en arrencar des de /etc/fstab.</translation>
    </message>
    <message>
        <source>auditd watches Docker&apos;s binaries and files</source>
        <translation>auditd vigila els binaris i els fitxers de Docker</translation>
    </message>
    <message>
        <source>Audit rules on dockerd, containerd, runc, the data root and the configuration files record who changed or ran them: the trail you need after an incident.</source>
        <translation>Les regles d&apos;auditoria sobre dockerd, containerd, runc, el directori de dades i els fitxers de configuració registren qui els ha canviat o executat: el rastre que cal després d&apos;un incident.</translation>
    </message>
    <message>
        <source>Add a watch for each missing path to /etc/audit/rules.d/docker.rules (for example -w /usr/bin/dockerd -k docker) and load it with augenrules --load.</source>
        <translation>Afegiu una vigilància per a cada camí que falta a /etc/audit/rules.d/docker.rules (per exemple -w /usr/bin/dockerd -k docker) i carregueu-la amb augenrules --load.</translation>
    </message>
    <message>
        <source>Docker Content Trust is on for the shell</source>
        <translation>Docker Content Trust està activat a l&apos;intèrpret d&apos;ordres</translation>
    </message>
    <message>
        <source>With DOCKER_CONTENT_TRUST=1 the docker client pulls, runs and builds only signed images. Seed 002 says to export it in .bashrc, so that every new shell has it.</source>
        <translation>Amb DOCKER_CONTENT_TRUST=1 el client docker només baixa, executa i construeix imatges signades. El document 002 diu que s&apos;exporti a .bashrc, perquè tots els intèrprets nous el tinguin.</translation>
    </message>
    <message>
        <source>Add &apos;export DOCKER_CONTENT_TRUST=1&apos; to ~/.bashrc (or /etc/profile.d for every user) and open a new shell.</source>
        <translation>Afegiu &apos;export DOCKER_CONTENT_TRUST=1&apos; a ~/.bashrc (o a /etc/profile.d per a tots els usuaris) i obriu un intèrpret nou.</translation>
    </message>
    <message>
        <source>Host facts are only visible for a local daemon (%1): run Escut on the Docker host itself.</source>
        <translation>Les dades de l&apos;amfitrió només es veuen per a un dimoni local (%1): executeu Escut al mateix amfitrió de Docker.</translation>
    </message>
    <message>
        <source>This snapshot has no host facts (it was collected without the host, encryption and monitoring layers, or by an older Escut): audit again with those layers.</source>
        <translation>Aquesta instantània no té dades de l&apos;amfitrió (es va recollir sense les capes d&apos;amfitrió, xifratge i monitoratge, o amb un Escut més antic): torneu a auditar amb aquestes capes.</translation>
    </message>
    <message>
        <source>%1 was not read in this collection.</source>
        <translation>%1 no s&apos;ha llegit en aquesta recollida.</translation>
    </message>
    <message>
        <source>%1 is not installed: install it and audit again.</source>
        <translation>%1 no està instal·lat: instal·leu-lo i torneu a auditar.</translation>
    </message>
    <message>
        <source>%1 is not installed: install it (apt-get install %2) and audit again.</source>
        <translation>%1 no està instal·lat: instal·leu-lo (apt-get install %2) i torneu a auditar.</translation>
    </message>
    <message>
        <source>%1 needs root: run the audit as root (sudo escut-cli audit) to check this.</source>
        <translation>%1 necessita root: executeu l&apos;auditoria com a root (sudo escut-cli audit) per comprovar-ho.</translation>
    </message>
    <message>
        <source>%1 is not available on this host.</source>
        <translation>%1 no està disponible en aquest amfitrió.</translation>
    </message>
    <message>
        <source>%1 is not available on this host (%2).</source>
        <translation>%1 no està disponible en aquest amfitrió (%2).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ha fallat: %2</translation>
    </message>
    <message>
        <source>cipher %1 (cryptsetup status)</source>
        <translation>xifratge %1 (cryptsetup status)</translation>
    </message>
    <message>
        <source>LUKS%1, cipher %2 (cryptsetup luksDump)</source>
        <translation>LUKS%1, xifratge %2 (cryptsetup luksDump)</translation>
    </message>
    <message>
        <source>the cipher needs root (cryptsetup status %1)</source>
        <translation>el xifratge necessita root (cryptsetup status %1)</translation>
    </message>
    <message>
        <source>cipher unknown</source>
        <translation>xifratge desconegut</translation>
    </message>
    <message>
        <source>%1 is on %2, a dm-crypt device (lsblk -s: %3); %4.</source>
        <translation>%1 és a %2, un dispositiu dm-crypt (lsblk -s: %3); %4.</translation>
    </message>
    <message>
        <source>%1 is encrypted with fscrypt (%2; %3).</source>
        <translation>%1 està xifrat amb fscrypt (%2; %3).</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>desbloquejat</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloquejat</translation>
    </message>
    <message>
        <source>%1 has the kernel&apos;s encrypted attribute (statx: fscrypt policy).</source>
        <translation>%1 té l&apos;atribut de xifratge del nucli (statx: política fscrypt).</translation>
    </message>
    <message>
        <source>%1 is on %2: kept in memory, never written to disk (unless swapped).</source>
        <translation>%1 és a %2: es manté a la memòria, mai no s&apos;escriu al disc (tret que vagi a l&apos;intercanvi).</translation>
    </message>
    <message>
        <source>%1 is on %2 (%3), not a local block device: its encryption cannot be seen from here.</source>
        <translation>%1 és a %2 (%3), que no és un dispositiu de blocs local: el seu xifratge no es pot veure des d&apos;aquí.</translation>
    </message>
    <message>
        <source>%1 is on %2 (%3): no dm-crypt layer in %4 (lsblk -s)</source>
        <translation>%1 és a %2 (%3): cap capa dm-crypt a %4 (lsblk -s)</translation>
    </message>
    <message>
        <source>%1, and the directory is not fscrypt-encrypted (%2).</source>
        <translation>%1, i el directori no està xifrat amb fscrypt (%2).</translation>
    </message>
    <message>
        <source>%1; whether the directory is fscrypt-encrypted is unknown: %2</source>
        <translation>%1; no se sap si el directori està xifrat amb fscrypt: %2</translation>
    </message>
    <message>
        <source>systemd is not running here</source>
        <translation>systemd no s&apos;executa aquí</translation>
    </message>
    <message>
        <source>systemctl: %1 %2</source>
        <translation>systemctl: %1 %2</translation>
    </message>
    <message>
        <source>Falco runs in container %1.</source>
        <translation>Falco s&apos;executa al contenidor %1.</translation>
    </message>
    <message>
        <source>Falco runs as the systemd service %1.</source>
        <translation>Falco s&apos;executa com el servei de systemd %1.</translation>
    </message>
    <message>
        <source>A falco process is running (%1).</source>
        <translation>Hi ha un procés falco en execució (%1).</translation>
    </message>
    <message>
        <source>Falco is installed (%1) but not running (%2).</source>
        <translation>Falco està instal·lat (%1) però no s&apos;executa (%2).</translation>
    </message>
    <message>
        <source>No Falco: no falco binary, service, process or running container (%1).</source>
        <translation>Sense Falco: cap binari, servei, procés ni contenidor en execució de falco (%1).</translation>
    </message>
    <message>
        <source>systemctl: auditd active</source>
        <translation>systemctl: auditd actiu</translation>
    </message>
    <message>
        <source>an auditd process (%1)</source>
        <translation>un procés auditd (%1)</translation>
    </message>
    <message>
        <source>auditd is installed (%1) but not running (%2).</source>
        <translation>auditd està instal·lat (%1) però no s&apos;executa (%2).</translation>
    </message>
    <message>
        <source>auditd is not installed (no auditd binary; %1): install it with apt-get install auditd.</source>
        <translation>auditd no està instal·lat (cap binari auditd; %1): instal·leu-lo amb apt-get install auditd.</translation>
    </message>
    <message>
        <source>auditd is running (%1); whether rules are loaded is unknown: %2</source>
        <translation>auditd s&apos;executa (%1); no se sap si té regles carregades: %2</translation>
    </message>
    <message>
        <source>auditd is running (%1) but no rule is loaded (%2: No rules): it records almost nothing.</source>
        <translation>auditd s&apos;executa (%1) però no té cap regla carregada (%2: No rules): no registra gairebé res.</translation>
    </message>
    <message numerus="yes">
        <source>auditd is running (%1) with %n rule(s) loaded (%2).</source>
        <translation>
            <numerusform>auditd s&apos;executa (%1) amb %n regla carregada (%2).</numerusform>
            <numerusform>auditd s&apos;executa (%1) amb %n regles carregades (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>dockerd command line: --metrics-addr %1</source>
        <translation>línia d&apos;ordres de dockerd: --metrics-addr %1</translation>
    </message>
    <message>
        <source>daemon.json: &quot;metrics-addr&quot;: %1</source>
        <translation>daemon.json: &quot;metrics-addr&quot;: %1</translation>
    </message>
    <message>
        <source>a prometheus process</source>
        <translation>un procés prometheus</translation>
    </message>
    <message>
        <source>the prometheus service</source>
        <translation>el servei prometheus</translation>
    </message>
    <message>
        <source>Prometheus runs (%1) but dockerd exports no metrics: metrics-addr is not set.</source>
        <translation>Prometheus s&apos;executa (%1) però dockerd no exporta mètriques: metrics-addr no està definit.</translation>
    </message>
    <message>
        <source>dockerd exports no metrics (metrics-addr is not set in daemon.json nor on its command line) and no Prometheus process or container runs.</source>
        <translation>dockerd no exporta mètriques (metrics-addr no està definit ni a daemon.json ni a la seva línia d&apos;ordres) i no s&apos;executa cap procés ni contenidor de Prometheus.</translation>
    </message>
    <message>
        <source>%1: the daemon&apos;s metrics are served on %2, reachable from the network; bind them to 127.0.0.1 or filter the port.</source>
        <translation>%1: les mètriques del dimoni se serveixen a %2, accessibles des de la xarxa; lligueu-les a 127.0.0.1 o filtreu el port.</translation>
    </message>
    <message>
        <source>%1, but no Prometheus process or container was found to scrape it.</source>
        <translation>%1, però no s&apos;ha trobat cap procés ni contenidor de Prometheus que les reculli.</translation>
    </message>
    <message>
        <source>%1, scraped by %2.</source>
        <translation>%1, recollides per %2.</translation>
    </message>
    <message>
        <source>Falco watches the containers at run time</source>
        <translation>Falco vigila els contenidors en temps d&apos;execució</translation>
    </message>
    <message>
        <source>Falco follows the kernel&apos;s system calls and raises an alert when a container opens a shell, writes under /etc or reads a key: seed 000 lists it to detect what the other layers failed to prevent.</source>
        <translation>Falco segueix les crides al sistema del nucli i avisa quan un contenidor obre un intèrpret, escriu sota /etc o llegeix una clau: el document 000 el cita per detectar el que les altres capes no han pogut evitar.</translation>
    </message>
    <message>
        <source>Install Falco (the falcosecurity packages, or its container with the modern eBPF probe) and enable its service: systemctl enable --now falco-modern-bpf.</source>
        <translation>Instal·leu Falco (els paquets de falcosecurity, o el seu contenidor amb la sonda eBPF moderna) i activeu-ne el servei: systemctl enable --now falco-modern-bpf.</translation>
    </message>
    <message>
        <source>auditd runs with rules loaded</source>
        <translation>auditd s&apos;executa amb regles carregades</translation>
    </message>
    <message>
        <source>The Linux audit daemon keeps the tamper-evident record of who ran and changed what; without it the host&apos;s audit rules record nothing.</source>
        <translation>El dimoni d&apos;auditoria de Linux guarda el registre, a prova de manipulacions, de qui ha executat i canviat què; sense ell, les regles d&apos;auditoria de l&apos;amfitrió no registren res.</translation>
    </message>
    <message>
        <source>apt-get install auditd, systemctl enable --now auditd, and load rules from /etc/audit/rules.d with augenrules --load.</source>
        <translation>apt-get install auditd, systemctl enable --now auditd, i carregueu les regles de /etc/audit/rules.d amb augenrules --load.</translation>
    </message>
    <message>
        <source>dockerd&apos;s metrics are exported and scraped</source>
        <translation>Les mètriques de dockerd s&apos;exporten i es recullen</translation>
    </message>
    <message>
        <source>With metrics-addr, dockerd serves Prometheus metrics (containers started, failed, engine health): a scraper turns them into alerts for crash loops and exhausted resources, which are often the first sign of an attack.</source>
        <translation>Amb metrics-addr, dockerd serveix mètriques de Prometheus (contenidors iniciats, fallits, salut del motor): un recol·lector les converteix en alertes per a bucles de fallades i recursos esgotats, que sovint són el primer senyal d&apos;un atac.</translation>
    </message>
    <message>
        <source>Set &quot;metrics-addr&quot;: &quot;127.0.0.1:9323&quot; in daemon.json, restart dockerd, and add the target to a Prometheus that runs on the host or in a container.</source>
        <translation>Poseu &quot;metrics-addr&quot;: &quot;127.0.0.1:9323&quot; a daemon.json, reinicieu dockerd i afegiu l&apos;objectiu a un Prometheus que s&apos;executi a l&apos;amfitrió o en un contenidor.</translation>
    </message>
    <message>
        <source>No firewall filters incoming traffic: there is no input chain, so everything is accepted (%1).</source>
        <translation>Cap tallafoc no filtra el trànsit entrant: no hi ha cadena d&apos;entrada, així que s&apos;accepta tot (%1).</translation>
    </message>
    <message>
        <source>Only in-memory mounts, nothing at rest on a disk: %1</source>
        <translation>Només muntatges en memòria, res en repòs en un disc: %1</translation>
    </message>
    <message>
        <source>This fact was not collected for the image (an --only selection without this layer, an older snapshot, or an image that appeared during the audit): audit again with this layer.</source>
        <translation>Aquest fet no es va recollir per a la imatge (una selecció --only sense aquesta capa, una instantània més antiga o una imatge aparescuda durant l&apos;auditoria): torneu a auditar amb aquesta capa.</translation>
    </message>
    <message>
        <source>%1 (container %2)</source>
        <translation>%1 (contenidor %2)</translation>
    </message>
    <message>
        <source>Floating &apos;latest&apos; references: %1. The same name can bring a different image tomorrow.</source>
        <translation>Referències &apos;latest&apos; flotants: %1. El mateix nom pot portar demà una imatge diferent.</translation>
    </message>
    <message>
        <source>Untagged image (&lt;none&gt;) that no container uses: nothing says which version it is. Tag it with a version or remove it (docker image prune).</source>
        <translation>Imatge sense etiqueta (&lt;none&gt;) que cap contenidor no fa servir: res no diu quina versió és. Etiqueteu-la amb una versió o elimineu-la (docker image prune).</translation>
    </message>
    <message>
        <source>No tags.</source>
        <translation>Sense etiquetes.</translation>
    </message>
    <message>
        <source>Tags: %1.</source>
        <translation>Etiquetes: %1.</translation>
    </message>
    <message>
        <source>Used as %1.</source>
        <translation>Usada com a %1.</translation>
    </message>
    <message>
        <source>Pinned by digest or id: %1.</source>
        <translation>Fixada per digest o id: %1.</translation>
    </message>
    <message>
        <source>Digest for an exact pin: %1.</source>
        <translation>Digest per fixar-la exactament: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>cap</translation>
    </message>
    <message>
        <source>%1; the default list</source>
        <translation>%1; la llista per defecte</translation>
    </message>
    <message>
        <source>%1; the default list plus --trusted-source</source>
        <translation>%1; la llista per defecte més --trusted-source</translation>
    </message>
    <message>
        <source>%1; trustedSources in %2</source>
        <translation>%1; trustedSources a %2</translation>
    </message>
    <message>
        <source>%1; trustedSources in %2 plus --trusted-source</source>
        <translation>%1; trustedSources a %2 més --trusted-source</translation>
    </message>
    <message>
        <source>Untagged image with no registry digest: nothing tells where it came from (trusted sources: %1).</source>
        <translation>Imatge sense etiqueta i sense digest de registre: res no diu d&apos;on ve (fonts de confiança: %1).</translation>
    </message>
    <message>
        <source>%1 (built or imported on this host) is under the trusted source %2.</source>
        <translation>%1 (construïda o importada en aquest amfitrió) és dins la font de confiança %2.</translation>
    </message>
    <message>
        <source>Pulled from %1, under the trusted source %2.</source>
        <translation>Baixada de %1, dins la font de confiança %2.</translation>
    </message>
    <message>
        <source>Pulled from %1, which is not a trusted source (%2).</source>
        <translation>Baixada de %1, que no és una font de confiança (%2).</translation>
    </message>
    <message>
        <source>%1 was built or imported on this host (no registry digest) and is not under a trusted source (%2): review how it was made, then add it to trustedSources.</source>
        <translation>%1 es va construir o importar en aquest amfitrió (sense digest de registre) i no és dins cap font de confiança (%2): reviseu com es va fer i després afegiu-la a trustedSources.</translation>
    </message>
    <message>
        <source>The snapshot has no history for this image.</source>
        <translation>La instantània no té l&apos;historial d&apos;aquesta imatge.</translation>
    </message>
    <message>
        <source>layer %1 of %2: &apos;%3&apos;</source>
        <translation>capa %1 de %2: &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 with the message &apos;%2&apos;</source>
        <translation>%1 amb el missatge &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Made with docker commit (%1): what changed in that layer cannot be audited.</source>
        <translation>Feta amb docker commit (%1): no es pot auditar què va canviar en aquesta capa.</translation>
    </message>
    <message numerus="yes">
        <source>Every history entry (%n) comes from a build or a docker import.</source>
        <translation>
            <numerusform>L&apos;entrada de l&apos;historial (%n) ve d&apos;una construcció o d&apos;un docker import.</numerusform>
            <numerusform>Totes les entrades de l&apos;historial (%n) venen d&apos;una construcció o d&apos;un docker import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every history entry (%n) comes from a build.</source>
        <translation>
            <numerusform>L&apos;entrada de l&apos;historial (%n) ve d&apos;una construcció.</numerusform>
            <numerusform>Totes les entrades de l&apos;historial (%n) venen d&apos;una construcció.</numerusform>
        </translation>
    </message>
    <message>
        <source>ADD from a URL: %1. What was downloaded is not checked against a hash.</source>
        <translation>ADD des d&apos;un URL: %1. El que es va baixar no es comprova amb cap hash.</translation>
    </message>
    <message numerus="yes">
        <source>No ADD of a remote URL in the image&apos;s history (%n entries).</source>
        <translation>
            <numerusform>Cap ADD d&apos;un URL remot a l&apos;historial de la imatge (%n entrada).</numerusform>
            <numerusform>Cap ADD d&apos;un URL remot a l&apos;historial de la imatge (%n entrades).</numerusform>
        </translation>
    </message>
    <message>
        <source>Config.Env sets %1 (values not shown): anyone who can pull the image reads them with docker inspect.</source>
        <translation>Config.Env defineix %1 (valors no mostrats): qualsevol que pugui baixar la imatge els llegeix amb docker inspect.</translation>
    </message>
    <message>
        <source>Config.Env is empty.</source>
        <translation>Config.Env és buit.</translation>
    </message>
    <message numerus="yes">
        <source>No variable in Config.Env (%n set) has a secret-looking name with a value.</source>
        <translation>
            <numerusform>Cap variable de Config.Env (%n definida) no té un nom de secret amb valor.</numerusform>
            <numerusform>Cap variable de Config.Env (%n definides) no té un nom de secret amb valor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Untagged image: there is no name to look up trust data for.</source>
        <translation>Imatge sense etiqueta: no hi ha cap nom per cercar-ne les dades de confiança.</translation>
    </message>
    <message>
        <source>Built or imported on this host (no RepoDigests): no registry holds signatures for it. Sign it when you push it (docker trust sign).</source>
        <translation>Construïda o importada en aquest amfitrió (sense RepoDigests): cap registre no en guarda signatures. Signeu-la quan la pugeu (docker trust sign).</translation>
    </message>
    <message>
        <source>%1 is signed for digest %2…, but this image has %3…: it was not pulled with content trust, or the tag moved since</source>
        <translation>%1 està signada per al digest %2…, però aquesta imatge té %3…: no es va baixar amb content trust, o l&apos;etiqueta s&apos;ha mogut després</translation>
    </message>
    <message>
        <source>%1 signed by %2 (digest %3…)</source>
        <translation>%1 signada per %2 (digest %3…)</translation>
    </message>
    <message>
        <source>%1: the repository has trust data, but this tag is not signed</source>
        <translation>%1: el repositori té dades de confiança, però aquesta etiqueta no està signada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No trust data for %1: either the tag is not signed or no notary server could be reached, and docker trust inspect cannot tell which.</source>
        <translation>No hi ha dades de confiança per a %1: o l&apos;etiqueta no està signada o no s&apos;ha pogut arribar a cap servidor notary, i docker trust inspect no sap dir quina de les dues.</translation>
    </message>
    <message>
        <source>trivy %1 found no known vulnerability.</source>
        <translation>trivy %1 no ha trobat cap vulnerabilitat coneguda.</translation>
    </message>
    <message>
        <source>%1 %2 in %3 %4, no fix yet</source>
        <translation>%1 %2 a %3 %4, encara sense correcció</translation>
    </message>
    <message>
        <source>%1 %2 in %3 %4, fixed in %5</source>
        <translation>%1 %2 a %3 %4, corregida a %5</translation>
    </message>
    <message numerus="yes">
        <source>%n vulnerabilities (%1; %2 with a fixed version): %3</source>
        <translation>
            <numerusform>%n vulnerabilitat (%1; %2 amb versió corregida): %3</numerusform>
            <numerusform>%n vulnerabilitats (%1; %2 amb versió corregida): %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 a %3</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) in files (values not shown): %1</source>
        <translation>
            <numerusform>%n secret en fitxers (valors no mostrats): %1</numerusform>
            <numerusform>%n secrets en fitxers (valors no mostrats): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n misconfiguration(s) (%1)</source>
        <translation>
            <numerusform>%n configuració incorrecta (%1)</numerusform>
            <numerusform>%n configuracions incorrectes (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>trivy %1: %2.</source>
        <translation>trivy %1: %2.</translation>
    </message>
    <message>
        <source>dockle %1 raised no checkpoint.</source>
        <translation>dockle %1 no ha alçat cap punt de control.</translation>
    </message>
    <message>
        <source>dockle %1: %2. %3: %4.</source>
        <translation>dockle %1: %2. %3: %4.</translation>
    </message>
    <message>
        <source>Windows image: Escut looks for Linux shells and tools only.</source>
        <translation>Imatge Windows: Escut només cerca shells i eines de Linux.</translation>
    </message>
    <message>
        <source>the image has none of /bin, /usr/bin, /sbin, /usr/sbin, /usr/local/bin</source>
        <translation>la imatge no té cap de /bin, /usr/bin, /sbin, /usr/sbin, /usr/local/bin</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) checked in %1</source>
        <translation>
            <numerusform>%n camí comprovat a %1</numerusform>
            <numerusform>%n camins comprovats a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Shells: %1. Package managers: %2. An intruder can run commands and install tools with them.</source>
        <translation>Shells: %1. Gestors de paquets: %2. Un intrús hi pot executar ordres i instal·lar eines.</translation>
    </message>
    <message>
        <source>No shell and no package manager (%1).</source>
        <translation>Sense shell i sense gestor de paquets (%1).</translation>
    </message>
    <message>
        <source>Compilers in the image: %1. Build in one stage and copy only the result into the final one.</source>
        <translation>Compiladors a la imatge: %1. Compileu en una etapa i copieu només el resultat a la final.</translation>
    </message>
    <message>
        <source>No compiler (%1).</source>
        <translation>Sense compilador (%1).</translation>
    </message>
    <message>
        <source>Config.User is %1.</source>
        <translation>Config.User és %1.</translation>
    </message>
    <message>
        <source>Config.User is %1: containers of this image run as root unless started with -u.</source>
        <translation>Config.User és %1: els contenidors d&apos;aquesta imatge s&apos;executen amb l&apos;usuari root tret que s&apos;iniciïn amb -u.</translation>
    </message>
    <message>
        <source>The image has no HEALTHCHECK (Config.Healthcheck is not set).</source>
        <translation>La imatge no té HEALTHCHECK (Config.Healthcheck no està definit).</translation>
    </message>
    <message>
        <source>HEALTHCHECK NONE turns off the base image&apos;s health check.</source>
        <translation>HEALTHCHECK NONE desactiva la comprovació de salut de la imatge base.</translation>
    </message>
    <message>
        <source>HEALTHCHECK %1.</source>
        <translation>HEALTHCHECK %1.</translation>
    </message>
    <message>
        <source>The image is signed (Docker Content Trust)</source>
        <translation>La imatge està signada (Docker Content Trust)</translation>
    </message>
    <message>
        <source>Seed 002: with DOCKER_CONTENT_TRUST=1 Docker checks that the digest of a pulled image matches the one its publisher signed with Notary, so nobody changed it on the way. An unsigned tag, or a local image whose digest differs from the signed one, gives no such guarantee.</source>
        <translation>Document 002: amb DOCKER_CONTENT_TRUST=1 Docker comprova que el digest d&apos;una imatge baixada coincideix amb el que el seu editor va signar amb Notary, de manera que ningú no la va canviar pel camí. Una etiqueta sense signar, o una imatge local amb un digest diferent del signat, no dona aquesta garantia.</translation>
    </message>
    <message>
        <source>Pull with DOCKER_CONTENT_TRUST=1 (docker pull then fails for unsigned tags); sign your own images with docker trust sign when you push them.</source>
        <translation>Baixeu amb DOCKER_CONTENT_TRUST=1 (llavors docker pull falla amb etiquetes sense signar); signeu les vostres imatges amb docker trust sign quan les pugeu.</translation>
    </message>
    <message>
        <source>Image versions are pinned</source>
        <translation>Les versions de la imatge estan fixades</translation>
    </message>
    <message>
        <source>Seed 002: not naming the version is bad practice. &apos;latest&apos;, or no tag at all, brings whatever was pushed last: a rebuild or a restart on another host can run different code, and a scan today says nothing about tomorrow&apos;s image. A digest (name@sha256:…) pins the exact bytes.</source>
        <translation>Document 002: no indicar la versió és una mala pràctica. &apos;latest&apos;, o cap etiqueta, porta el que s&apos;hagi pujat per última vegada: una reconstrucció o un reinici en un altre amfitrió pot executar codi diferent, i una anàlisi d&apos;avui no diu res de la imatge de demà. Un digest (nom@sha256:…) fixa els bytes exactes.</translation>
    </message>
    <message>
        <source>Use a version tag (nginx:1.25.3), or better the digest (nginx@sha256:…), in FROM lines, docker run and Compose; remove &apos;latest&apos; tags you do not need.</source>
        <translation>Feu servir una etiqueta de versió (nginx:1.25.3), o millor el digest (nginx@sha256:…), a les línies FROM, a docker run i a Compose; elimineu les etiquetes &apos;latest&apos; que no necessiteu.</translation>
    </message>
    <message>
        <source>The image comes from a trusted source</source>
        <translation>La imatge ve d&apos;una font de confiança</translation>
    </message>
    <message>
        <source>Replace the image with an official one or build it yourself from a Dockerfile you have read. If the source is one you trust, add it to trustedSources in ~/.config/escut/escut.conf or pass --trusted-source.</source>
        <translation>Substituïu la imatge per una d&apos;oficial o construïu-la vós mateix a partir d&apos;un Dockerfile que hàgiu llegit. Si la font és de confiança, afegiu-la a trustedSources a ~/.config/escut/escut.conf o passeu --trusted-source.</translation>
    </message>
    <message>
        <source>The image was built, not made with docker commit</source>
        <translation>La imatge es va construir, no es va fer amb docker commit</translation>
    </message>
    <message>
        <source>Seed 002: docker commit makes an image out of a container&apos;s changes, and its use is discouraged because nobody can audit it: there is no Dockerfile saying what changed, and the layer can hold anything the container wrote, secrets and shell history included.</source>
        <translation>Document 002: docker commit fa una imatge a partir dels canvis d&apos;un contenidor, i se&apos;n desaconsella l&apos;ús perquè ningú no la pot auditar: no hi ha cap Dockerfile que digui què va canviar, i la capa pot contenir qualsevol cosa que el contenidor escrigués, secrets i historial de l&apos;intèrpret d&apos;ordres inclosos.</translation>
    </message>
    <message>
        <source>Write the change as Dockerfile instructions and build the image (docker build); keep the Dockerfile under version control.</source>
        <translation>Escriviu el canvi com a instruccions de Dockerfile i construïu la imatge (docker build); mantingueu el Dockerfile sota control de versions.</translation>
    </message>
    <message>
        <source>No ADD from a URL</source>
        <translation>Cap ADD des d&apos;un URL</translation>
    </message>
    <message>
        <source>Seed 002: ADD can copy from a URL, unlike COPY. Whatever the server sends at build time goes into the image unchecked, and the layer cannot be cached.</source>
        <translation>Document 002: ADD pot copiar des d&apos;un URL, a diferència de COPY. El que enviï el servidor en construir entra a la imatge sense comprovar, i la capa no es pot desar a la memòria cau.</translation>
    </message>
    <message>
        <source>Download in a RUN step with curl or wget and check the file&apos;s SHA-256 before using it (or ADD --checksum=sha256:… with BuildKit); use COPY for local files.</source>
        <translation>Baixeu el fitxer en un pas RUN amb curl o wget i comproveu-ne el SHA-256 abans de fer-lo servir (o ADD --checksum=sha256:… amb BuildKit); feu servir COPY per als fitxers locals.</translation>
    </message>
    <message>
        <source>No known high or critical vulnerabilities (trivy)</source>
        <translation>Cap vulnerabilitat coneguda alta o crítica (trivy)</translation>
    </message>
    <message>
        <source>Seed 002 recommends passive vulnerability scanning with trivy: packages with known CVEs are the easiest way into a container. Escut runs trivy image on every image and fails on HIGH or CRITICAL vulnerabilities or on secrets left in files.</source>
        <translation>El document 002 recomana l&apos;anàlisi passiva de vulnerabilitats amb trivy: els paquets amb CVE coneguts són el camí més fàcil per entrar en un contenidor. Escut executa trivy image sobre cada imatge i dona una fallada amb vulnerabilitats HIGH o CRITICAL o amb secrets oblidats en fitxers.</translation>
    </message>
    <message>
        <source>Rebuild on an updated base image (docker build --pull), upgrade the packages trivy lists to their fixed versions, and remove files with secrets.</source>
        <translation>Reconstruïu sobre una imatge base actualitzada (docker build --pull), actualitzeu els paquets que llista trivy a les versions corregides i elimineu els fitxers amb secrets.</translation>
    </message>
    <message>
        <source>The image passes dockle&apos;s best-practice checks</source>
        <translation>La imatge supera les comprovacions de bones pràctiques de dockle</translation>
    </message>
    <message>
        <source>dockle checks an image against the CIS Docker Benchmark and its own rules: root user, secrets in ENV or files, ADD, setuid files, package caches, empty passwords, duplicate UIDs. FATAL findings fail this check and WARN findings warn.</source>
        <translation>dockle comprova una imatge amb el CIS Docker Benchmark i les seves pròpies regles: usuari root, secrets a ENV o en fitxers, ADD, fitxers setuid, memòries cau de paquets, contrasenyes buides, UID duplicats. Les troballes FATAL fan fallar aquesta comprovació i les WARN n&apos;avisen.</translation>
    </message>
    <message>
        <source>Fix what dockle lists (dockle IMAGE shows every alert), rebuild and audit again.</source>
        <translation>Corregiu el que llista dockle (dockle IMATGE mostra cada alerta), reconstruïu i torneu a auditar.</translation>
    </message>
    <message>
        <source>No secrets in the image&apos;s environment</source>
        <translation>Cap secret a l&apos;entorn de la imatge</translation>
    </message>
    <message>
        <source>ENV values are part of the image: docker inspect and docker history show them to anyone who can pull it, and every container of the image inherits them. Seed 000 §5: secrets go in Docker secrets, not in the environment.</source>
        <translation>Els valors d&apos;ENV formen part de la imatge: docker inspect i docker history els mostren a qualsevol que la pugui baixar, i tots els contenidors de la imatge els hereten. Document 000 §5: els secrets van a Docker secrets, no a l&apos;entorn.</translation>
    </message>
    <message>
        <source>Remove the ENV lines with secrets, rebuild, and pass the values at run time as Docker secrets (/run/secrets/NAME, NAME_FILE variables).</source>
        <translation>Elimineu les línies ENV amb secrets, reconstruïu i passeu els valors en executar com a Docker secrets (/run/secrets/NOM, variables NOM_FILE).</translation>
    </message>
    <message>
        <source>No shell and no package manager in the image (distroless)</source>
        <translation>Sense shell ni gestor de paquets a la imatge (distroless)</translation>
    </message>
    <message>
        <source>Seed 000 §3: distroless images have no shell and no debugging tools, which shrinks the attack surface: an intruder cannot docker exec a shell or install tools with apt or apk. Escut looks at the image&apos;s files without running it (a stopped container and Docker&apos;s archive API).</source>
        <translation>Document 000 §3: les imatges distroless no tenen shell ni eines de depuració, cosa que redueix la superfície d&apos;atac: un intrús no pot obrir una shell amb docker exec ni instal·lar eines amb apt o apk. Escut mira els fitxers de la imatge sense executar-la (un contenidor aturat i l&apos;API d&apos;arxius de Docker).</translation>
    </message>
    <message>
        <source>Build the final stage FROM a distroless or scratch image (gcr.io/distroless/static, cgr.dev/chainguard/static) and copy only the program and what it needs into it.</source>
        <translation>Construïu l&apos;etapa final FROM una imatge distroless o scratch (gcr.io/distroless/static, cgr.dev/chainguard/static) i copieu-hi només el programa i el que necessita.</translation>
    </message>
    <message>
        <source>No compiler in the image</source>
        <translation>Cap compilador a la imatge</translation>
    </message>
    <message>
        <source>Seed 002: a compiler in the image adds attack surface, because an intruder could build programs inside the container. Compile in a builder stage and copy only the binary (the seed&apos;s whoami-multistage example).</source>
        <translation>Document 002: un compilador a la imatge afegeix superfície d&apos;atac, perquè un intrús podria compilar programes dins el contenidor. Compileu en una etapa de construcció i copieu només el binari (l&apos;exemple whoami-multistage del document).</translation>
    </message>
    <message>
        <source>Use a multi-stage build: FROM golang AS builder … then FROM a minimal image with COPY --from=builder of the result only.</source>
        <translation>Feu una construcció multietapa: FROM golang AS builder … i després FROM una imatge mínima amb COPY --from=builder només del resultat.</translation>
    </message>
    <message>
        <source>The image&apos;s default user is not root</source>
        <translation>L&apos;usuari per defecte de la imatge no és root</translation>
    </message>
    <message>
        <source>Without USER in the Dockerfile every container of the image runs as root unless whoever starts it remembers -u. A non-root default makes the safe choice the easy one.</source>
        <translation>Sense USER al Dockerfile, tots els contenidors de la imatge s&apos;executen amb l&apos;usuari root tret que qui els inicia recordi -u. Un usuari per defecte no root fa que l&apos;opció segura sigui la fàcil.</translation>
    </message>
    <message>
        <source>Add a user in the Dockerfile and switch to it: RUN useradd -r -u 10001 app, then USER 10001 (or USER 65534 in scratch and distroless images).</source>
        <translation>Afegiu un usuari al Dockerfile i canvieu-hi: RUN useradd -r -u 10001 app, després USER 10001 (o USER 65534 en imatges scratch i distroless).</translation>
    </message>
    <message>
        <source>The image has a HEALTHCHECK</source>
        <translation>La imatge té un HEALTHCHECK</translation>
    </message>
    <message>
        <source>A HEALTHCHECK lets Docker tell a running but broken service from a healthy one, so restart policies and orchestrators can react, and an image that carries it gives the check to every container made from it.</source>
        <translation>Un HEALTHCHECK permet a Docker distingir un servei en marxa però espatllat d&apos;un de sa, perquè les polítiques de reinici i els orquestradors puguin reaccionar, i una imatge que el porta dona la comprovació a tots els contenidors que se&apos;n facin.</translation>
    </message>
    <message>
        <source>Add HEALTHCHECK CMD … to the Dockerfile (in distroless images, a small probe binary of the service itself), or set --health-cmd / healthcheck: where the container is started.</source>
        <translation>Afegiu HEALTHCHECK CMD … al Dockerfile (en imatges distroless, un petit binari de comprovació del mateix servei), o definiu --health-cmd / healthcheck: on s&apos;inicia el contenidor.</translation>
    </message>
    <message>
        <source>Not scanned: --no-scan.</source>
        <translation>No analitzada: --no-scan.</translation>
    </message>
    <message>
        <source>The build context %1 is remote: Escut reads only local Dockerfiles.</source>
        <translation>El context de construcció %1 és remot: Escut només llegeix Dockerfiles locals.</translation>
    </message>
    <message>
        <source>No FROM instruction: this is not a Dockerfile Docker can build.</source>
        <translation>No hi ha cap instrucció FROM: Docker no pot construir aquest Dockerfile.</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n més</numerusform>
            <numerusform>%n més</numerusform>
        </translation>
    </message>
    <message>
        <source>The final stage (FROM %1, line %2) sets no USER: the container runs as the base image&apos;s user, root for most images.</source>
        <translation>L&apos;etapa final (FROM %1, línia %2) no fixa cap USER: el contenidor s&apos;executa amb l&apos;usuari de la imatge base, root en la majoria d&apos;imatges.</translation>
    </message>
    <message>
        <source>USER %1 (line %2) comes from a build argument with no default.</source>
        <translation>USER %1 (línia %2) ve d&apos;un argument de construcció sense valor per defecte.</translation>
    </message>
    <message>
        <source>USER %1 (line %2) is root.</source>
        <translation>USER %1 (línia %2) és root.</translation>
    </message>
    <message>
        <source>USER %1 (line %2).</source>
        <translation>USER %1 (línia %2).</translation>
    </message>
    <message>
        <source>line %1: ADD downloads %2, checked with --checksum</source>
        <translation>línia %1: ADD descarrega %2, comprovat amb --checksum</translation>
    </message>
    <message>
        <source>line %1: ADD downloads %2 with no checksum</source>
        <translation>línia %1: ADD descarrega %2 sense suma de verificació</translation>
    </message>
    <message>
        <source>line %1: ADD unpacks the archive %2</source>
        <translation>línia %1: ADD desempaqueta l&apos;arxiu %2</translation>
    </message>
    <message>
        <source>line %1: ADD %2 copies local files: use COPY</source>
        <translation>línia %1: ADD %2 copia fitxers locals: feu servir COPY</translation>
    </message>
    <message>
        <source>No ADD: files come in with COPY.</source>
        <translation>Cap ADD: els fitxers entren amb COPY.</translation>
    </message>
    <message>
        <source>line %1: %2 depends on a build argument with no default</source>
        <translation>línia %1: %2 depèn d&apos;un argument de construcció sense valor per defecte</translation>
    </message>
    <message>
        <source>%1 pinned by digest (line %2)</source>
        <translation>%1 fixada per digest (línia %2)</translation>
    </message>
    <message>
        <source>line %1: %2 has no tag (latest)</source>
        <translation>línia %1: %2 no té etiqueta (latest)</translation>
    </message>
    <message>
        <source>line %1: %2 is latest</source>
        <translation>línia %1: %2 és latest</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (línia %2)</translation>
    </message>
    <message>
        <source>Built FROM scratch and earlier stages only.</source>
        <translation>Construïda només FROM scratch i etapes anteriors.</translation>
    </message>
    <message>
        <source>Every base image has a fixed version: %1.</source>
        <translation>Totes les imatges base tenen una versió fixa: %1.</translation>
    </message>
    <message>
        <source>base image %1</source>
        <translation>imatge base %1</translation>
    </message>
    <message>
        <source>%1 installs %2</source>
        <translation>%1 instal·la %2</translation>
    </message>
    <message>
        <source>RUN %1 compiles in this stage</source>
        <translation>RUN %1 compila en aquesta etapa</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línia %1: %2</translation>
    </message>
    <message>
        <source>The final stage keeps a compiler or toolchain: %1.</source>
        <translation>L&apos;etapa final conserva un compilador o eines de compilació: %1.</translation>
    </message>
    <message>
        <source>Multi-stage build: the final stage (FROM %1) copies its artefacts from %2 (line %3) and keeps no toolchain.</source>
        <translation>Construcció multietapa: l&apos;etapa final (FROM %1) copia els artefactes de %2 (línia %3) i no conserva eines de compilació.</translation>
    </message>
    <message>
        <source>No compiler or toolchain in the final stage (FROM %1).</source>
        <translation>Cap compilador ni eina de compilació a l&apos;etapa final (FROM %1).</translation>
    </message>
    <message>
        <source>Dockerfile&apos;s final stage runs as a non-root user</source>
        <translation>L&apos;etapa final del Dockerfile s&apos;executa amb un usuari no root</translation>
    </message>
    <message>
        <source>Without USER the image runs as root, the same uid 0 as the host&apos;s root: a process that escapes the container, or writes to a mounted path, does so as root. Seed 002: create an unprivileged user in the image.</source>
        <translation>Sense USER la imatge s&apos;executa amb l&apos;usuari root, el mateix uid 0 que el root de l&apos;amfitrió: un procés que s&apos;escapa del contenidor, o que escriu en un camí muntat, ho fa com a root. Document 002: creeu un usuari sense privilegis a la imatge.</translation>
    </message>
    <message>
        <source>Add RUN useradd (or adduser -D) and USER name, or USER 65534:65534, to the final stage, after the steps that need root.</source>
        <translation>Afegiu RUN useradd (o adduser -D) i USER nom, o USER 65534:65534, a l&apos;etapa final, després dels passos que necessiten root.</translation>
    </message>
    <message>
        <source>Dockerfile uses COPY instead of ADD</source>
        <translation>El Dockerfile fa servir COPY en lloc d&apos;ADD</translation>
    </message>
    <message>
        <source>ADD also downloads URLs (with no integrity check unless --checksum) and unpacks archives: what ends up in the image is not what the build context holds. COPY copies exactly.</source>
        <translation>ADD també descarrega URL (sense cap control d&apos;integritat llevat de --checksum) i desempaqueta arxius: el que acaba a la imatge no és el que conté el context de construcció. COPY copia exactament.</translation>
    </message>
    <message>
        <source>Use COPY for local files; download in a RUN step that checks a SHA-256 (or ADD --checksum=sha256:...).</source>
        <translation>Feu servir COPY per als fitxers locals; descarregueu en un pas RUN que comprovi un SHA-256 (o ADD --checksum=sha256:...).</translation>
    </message>
    <message>
        <source>Dockerfile base images have a fixed version</source>
        <translation>Les imatges base del Dockerfile tenen una versió fixa</translation>
    </message>
    <message>
        <source>FROM image or image:latest builds on whatever the registry serves that day: the build is not reproducible and a compromised or broken upstream image enters silently. A digest (image@sha256:...) pins exactly what was reviewed.</source>
        <translation>FROM imatge o imatge:latest construeix sobre el que el registre serveixi aquell dia: la construcció no és reproduïble i una imatge d&apos;origen compromesa o trencada entra en silenci. Un digest (imatge@sha256:...) fixa exactament el que s&apos;ha revisat.</translation>
    </message>
    <message>
        <source>Write FROM name:version, or better FROM name:version@sha256:digest.</source>
        <translation>Escriviu FROM nom:versió, o millor FROM nom:versió@sha256:digest.</translation>
    </message>
    <message>
        <source>No compiler is left in the final stage</source>
        <translation>No queda cap compilador a l&apos;etapa final</translation>
    </message>
    <message>
        <source>Seed 000 §3: a minimal image has no compiler. A toolchain (gcc, go, rustc, javac, build-essential...) in the running image lets an attacker build tools inside the container and makes the image bigger with more vulnerabilities. A multi-stage build compiles in one stage and copies only the artefacts into the final one.</source>
        <translation>Document 000 §3: una imatge mínima no té compilador. Unes eines de compilació (gcc, go, rustc, javac, build-essential...) a la imatge en execució permeten a un atacant construir eines dins del contenidor i fan la imatge més gran i amb més vulnerabilitats. Una construcció multietapa compila en una etapa i copia només els artefactes a la final.</translation>
    </message>
    <message>
        <source>Build in a stage (FROM golang:1.22 AS build), then start the final stage from a small base (distroless, alpine, scratch) and COPY --from=build only the binaries.</source>
        <translation>Compileu en una etapa (FROM golang:1.22 AS build), comenceu l&apos;etapa final des d&apos;una base petita (distroless, alpine, scratch) i feu COPY --from=build només dels binaris.</translation>
    </message>
    <message>
        <source>active probe: run with --active (or enable active probes in Settings).</source>
        <translation>sonda activa: executeu amb --active (o activeu les sondes actives a Configuració).</translation>
    </message>
    <message>
        <source>Secret-looking environment variables with a value: %1 (visible in docker inspect and to every process).</source>
        <translation>Variables d&apos;entorn amb aspecte de secret i amb valor: %1 (visibles a docker inspect i per a tots els processos).</translation>
    </message>
    <message>
        <source>It also uses /run/secrets: %1.</source>
        <translation>També fa servir /run/secrets: %1.</translation>
    </message>
    <message>
        <source>Secrets come from /run/secrets: %1.</source>
        <translation>Els secrets venen de /run/secrets: %1.</translation>
    </message>
    <message>
        <source>No secret-looking environment variable and no /run/secrets mount.</source>
        <translation>Cap variable d&apos;entorn amb aspecte de secret i cap muntatge a /run/secrets.</translation>
    </message>
    <message>
        <source>This container was not probed (it appeared after the probes ran).</source>
        <translation>Aquest contenidor no s&apos;ha sondejat (ha aparegut després de les sondes).</translation>
    </message>
    <message>
        <source>The container was not running: docker exec needs a running container.</source>
        <translation>El contenidor no s&apos;executava: docker exec necessita un contenidor en execució.</translation>
    </message>
    <message>
        <source>docker exec sh -c true succeeded (exit code 0, %1 ms): anyone who reaches the Docker API, or an attacker inside, gets a shell.</source>
        <translation>docker exec sh -c true ha funcionat (codi de sortida 0, %1 ms): qualsevol que arribi a l&apos;API de Docker, o un atacant de dins, obté un intèrpret d&apos;ordres.</translation>
    </message>
    <message>
        <source>docker exec sh -c true started and was still running after %1 ms: there is a shell.</source>
        <translation>docker exec sh -c true s&apos;ha iniciat i encara s&apos;executava després de %1 ms: hi ha un intèrpret d&apos;ordres.</translation>
    </message>
    <message>
        <source>docker exec sh -c true failed with exit code %1.</source>
        <translation>docker exec sh -c true ha fallat amb el codi de sortida %1.</translation>
    </message>
    <message>
        <source>docker exec sh -c true failed with exit code %1: %2</source>
        <translation>docker exec sh -c true ha fallat amb el codi de sortida %1: %2</translation>
    </message>
    <message>
        <source>The exec probe could not run: %1</source>
        <translation>La sonda d&apos;exec no s&apos;ha pogut executar: %1</translation>
    </message>
    <message>
        <source>Started without any secret, no network and no capabilities, it was still running after %1 s: the service does not check a token before it starts.</source>
        <translation>Iniciat sense cap secret, sense xarxa i sense capabilities, encara s&apos;executava després de %1 s: el servei no comprova cap token abans d&apos;arrencar.</translation>
    </message>
    <message>
        <source>The probe container could not be created.</source>
        <translation>No s&apos;ha pogut crear el contenidor de la sonda.</translation>
    </message>
    <message>
        <source>Without secrets the container did not even start: %1</source>
        <translation>Sense secrets el contenidor ni tan sols ha arrencat: %1</translation>
    </message>
    <message>
        <source>Started without any secret, it exited with code 0 after %1 ms: nothing refused to run without the token.</source>
        <translation>Iniciat sense cap secret, ha sortit amb el codi 0 després de %1 ms: res no s&apos;ha negat a funcionar sense el token.</translation>
    </message>
    <message>
        <source>Started without any secret, no network and no capabilities, it refused to run: exit code %1 after %2 ms.</source>
        <translation>Iniciat sense cap secret, sense xarxa i sense capabilities, s&apos;ha negat a funcionar: codi de sortida %1 després de %2 ms.</translation>
    </message>
    <message>
        <source>The run probe did not report an exit code.</source>
        <translation>La sonda d&apos;arrencada no ha donat cap codi de sortida.</translation>
    </message>
    <message>
        <source>The run probe failed: %1</source>
        <translation>La sonda d&apos;arrencada ha fallat: %1</translation>
    </message>
    <message>
        <source>Secrets come from Docker secrets, not the environment</source>
        <translation>Els secrets venen de secrets de Docker, no de l&apos;entorn</translation>
    </message>
    <message>
        <source>Seed 000 §5: inject secrets with Docker secrets, which Compose and Swarm mount as files under /run/secrets. A secret in an environment variable shows in docker inspect, in /proc/*/environ of every process of the container and in the logs of tools that dump their environment.</source>
        <translation>Document 000 §5: injecteu els secrets amb secrets de Docker, que Compose i Swarm munten com a fitxers a /run/secrets. Un secret en una variable d&apos;entorn es veu a docker inspect, a /proc/*/environ de tots els processos del contenidor i als registres de les eines que bolquen el seu entorn.</translation>
    </message>
    <message>
        <source>Move the values to secrets: (files under /run/secrets) and point the service at them, for example with the images&apos; NAME_FILE variables.</source>
        <translation>Moveu els valors a secrets: (fitxers a /run/secrets) i feu que el servei els llegeixi, per exemple amb les variables NOM_FILE de les imatges.</translation>
    </message>
    <message>
        <source>docker exec cannot open a shell (active probe)</source>
        <translation>docker exec no pot obrir un intèrpret d&apos;ordres (sonda activa)</translation>
    </message>
    <message>
        <source>Seed 000: &quot;docker exec should fail&quot;. An image without a shell (distroless, one static binary) gives an intruder, or anyone who reaches the Docker API, nothing to run commands with. The probe runs sh -c true in the running container through the Docker API; it is opt-in because it executes a process in your container.</source>
        <translation>Document 000: «docker exec hauria de fallar». Una imatge sense intèrpret d&apos;ordres (distroless, un sol binari estàtic) no dona a un intrús, ni a qui arribi a l&apos;API de Docker, res amb què executar ordres. La sonda executa sh -c true al contenidor en execució a través de l&apos;API de Docker; cal activar-la perquè executa un procés al vostre contenidor.</translation>
    </message>
    <message>
        <source>Build the final stage from a distroless or scratch base with only the service&apos;s binary, so that no sh, bash or busybox is left.</source>
        <translation>Construïu l&apos;etapa final des d&apos;una base distroless o scratch amb només el binari del servei, perquè no hi quedi cap sh, bash ni busybox.</translation>
    </message>
    <message>
        <source>Refuses to start without its token (active probe)</source>
        <translation>Es nega a arrencar sense el seu token (sonda activa)</translation>
    </message>
    <message>
        <source>Seed 000 §6, pre-validation: a service that checks a token from a Docker secret before it starts cannot be run from a stolen or copied image. The probe starts a new container from the same image and command with no secrets, no network, no capabilities and a 10 s limit, and expects it to exit with an error; it never touches the existing container and removes its own. A service that fails for another reason (no database) also exits with an error, so read the evidence.</source>
        <translation>Document 000 §6, validació prèvia: un servei que comprova un token d&apos;un secret de Docker abans d&apos;arrencar no es pot executar des d&apos;una imatge robada o copiada. La sonda inicia un contenidor nou amb la mateixa imatge i ordre, sense secrets, sense xarxa, sense capabilities i amb un límit de 10 s, i espera que surti amb un error; mai no toca el contenidor existent i elimina el seu. Un servei que falla per un altre motiu (sense base de dades) també surt amb un error, així que llegiu l&apos;evidència.</translation>
    </message>
    <message>
        <source>Put a token-gated entrypoint in front of the service (escut-cli fix apply fix.token-gate --dir DIR) and give the token as a Docker secret.</source>
        <translation>Poseu un punt d&apos;entrada amb token davant del servei (escut-cli fix apply fix.token-gate --dir DIR) i doneu el token com a secret de Docker.</translation>
    </message>
    <message>
        <source>%1, and %2 has no fscrypt support (only ext4, f2fs, ubifs and ceph have it).</source>
        <translation>%1, i %2 no admet fscrypt (només ext4, f2fs, ubifs i ceph l&apos;admeten).</translation>
    </message>
    <message>
        <source>This audit reached the daemon through ssh (%1): ssh encrypts and authenticates the connection, and the daemon needs no network listener for it. Its other listeners are not visible from here.</source>
        <translation>Aquesta auditoria ha arribat al dimoni per ssh (%1): ssh xifra i autentica la connexió, i el dimoni no necessita escoltar a la xarxa per a això. Els altres punts on escolta no es veuen des d&apos;aquí.</translation>
    </message>
    <message>
        <source>cap_drop: [ALL], but cap_add gives back %1.</source>
        <translation>cap_drop: [ALL], però cap_add hi torna a afegir %1.</translation>
    </message>
    <message>
        <source>SecurityOpt turns no-new-privileges off for this container, over the daemon&apos;s default: setuid binaries can raise privileges.</source>
        <translation>SecurityOpt desactiva no-new-privileges per a aquest contenidor, per sobre del valor per defecte del dimoni: els binaris setuid poden elevar privilegis.</translation>
    </message>
    <message>
        <source>Mounts %1 at %2, which reaches the container runtime socket %3: the container controls the Docker daemon, and so the host.</source>
        <translation>Munta %1 a %2, des d&apos;on s&apos;arriba al sòcol del runtime de contenidors %3: el contenidor controla el dimoni de Docker i, per tant, l&apos;amfitrió.</translation>
    </message>
    <message numerus="yes">
        <source>Confined to %n CPU(s) by cpuset %1.</source>
        <translation>
            <numerusform>Limitat a %n CPU pel cpuset %1.</numerusform>
            <numerusform>Limitat a %n CPU pel cpuset %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>HostConfig.Privileged is true: Docker applies no seccomp profile to a privileged container.</source>
        <translation>HostConfig.Privileged és true: Docker no aplica cap perfil seccomp a un contenidor privilegiat.</translation>
    </message>
    <message>
        <source>The custom seccomp profile allows every system call (defaultAction %1).</source>
        <translation>El perfil seccomp personalitzat permet totes les crides al sistema (defaultAction %1).</translation>
    </message>
    <message>
        <source>The daemon&apos;s seccomp profile is unconfined: containers without a profile of their own have no system call filtering.</source>
        <translation>El perfil seccomp del dimoni és unconfined: els contenidors sense perfil propi no tenen cap filtre de crides al sistema.</translation>
    </message>
    <message>
        <source>The final stage sets no USER; its base image %1 on this host runs as %2 (Config.User).</source>
        <translation>L&apos;etapa final no defineix cap USER; la seva imatge base %1 s&apos;executa en aquest amfitrió com a %2 (Config.User).</translation>
    </message>
    <message>
        <source>The final stage (FROM %1, line %2) sets no USER: the base image&apos;s tag says it runs as a non-root user, which this host cannot confirm.</source>
        <translation>L&apos;etapa final (FROM %1, línia %2) no defineix cap USER: l&apos;etiqueta de la imatge base diu que s&apos;executa amb un usuari que no és root, cosa que aquest amfitrió no pot confirmar.</translation>
    </message>
    <message>
        <source>%1 has no registry digest: it was built, imported or tagged on this host, and its name alone does not prove it comes from the trusted source %2.</source>
        <translation>%1 no té digest de registre: s&apos;ha construït, importat o etiquetat en aquest amfitrió, i el nom tot sol no prova que vingui de la font de confiança %2.</translation>
    </message>
    <message>
        <source>Seed 002: an image of unknown origin can carry malware; trust only Docker&apos;s official images and trusted sources such as Google Cloud or Microsoft Azure, and prefer images whose Dockerfile you can read. Escut compares where each image was pulled from (RepoDigests) with the trusted sources: by default docker.io/library, mcr.microsoft.com, gcr.io/distroless, gcr.io/google-containers and registry.k8s.io. A local tag proves nothing: an image with no registry digest is never trusted by its name alone.</source>
        <translation>Document 002: una imatge d&apos;origen desconegut pot portar programari maliciós; confieu només en les imatges oficials de Docker i en fonts de confiança com Google Cloud o Microsoft Azure, i preferiu imatges el Dockerfile de les quals pugueu llegir. Escut compara d&apos;on es va baixar cada imatge (RepoDigests) amb les fonts de confiança: per defecte docker.io/library, mcr.microsoft.com, gcr.io/distroless, gcr.io/google-containers i registry.k8s.io. Una etiqueta local no prova res: una imatge sense digest de registre mai no es considera de confiança només pel nom.</translation>
    </message>
    <message>
        <source>No host port below 1024 is published.</source>
        <translation>No es publica cap port de l&apos;amfitrió per sota de 1024.</translation>
    </message>
    <message>
        <source>-P publishes every port the image exposes, needed or not.</source>
        <translation>-P publica tots els ports que exposa la imatge, tant si calen com si no.</translation>
    </message>
    <message>
        <source>Published ports: %1. Confirm that each one is needed.</source>
        <translation>Ports publicats: %1. Confirmeu que cadascun és necessari.</translation>
    </message>
    <message>
        <source>--privileged gives the container every host device.</source>
        <translation>--privileged dona al contenidor tots els dispositius de l&apos;amfitrió.</translation>
    </message>
    <message>
        <source>--device %1</source>
        <translation>--device %1</translation>
    </message>
    <message>
        <source>--device-cgroup-rule %1</source>
        <translation>--device-cgroup-rule %1</translation>
    </message>
    <message>
        <source>Host devices are exposed: %1. Confirm that each one is needed.</source>
        <translation>Hi ha dispositius de l&apos;amfitrió exposats: %1. Confirmeu que cadascun és necessari.</translation>
    </message>
    <message>
        <source>No host device is exposed.</source>
        <translation>No hi ha cap dispositiu de l&apos;amfitrió exposat.</translation>
    </message>
    <message>
        <source>Mounts with shared propagation: %1. Mounts made inside the container appear on the host.</source>
        <translation>Muntatges amb propagació compartida: %1. Els muntatges que es fan dins del contenidor apareixen a l&apos;amfitrió.</translation>
    </message>
    <message>
        <source>No mount has shared propagation.</source>
        <translation>Cap muntatge no té propagació compartida.</translation>
    </message>
    <message>
        <source>Runs under the cgroup parent %1: confirm that its limits are the intended ones.</source>
        <translation>S&apos;executa sota el cgroup pare %1: confirmeu que els seus límits són els previstos.</translation>
    </message>
    <message>
        <source>Runs under the daemon&apos;s cgroup parent.</source>
        <translation>S&apos;executa sota el cgroup pare del dimoni.</translation>
    </message>
    <message>
        <source>Attached to Docker&apos;s default bridge (docker0), where every container can reach the others.</source>
        <translation>Connectat a la xarxa bridge per defecte de Docker (docker0), on cada contenidor pot arribar als altres.</translation>
    </message>
    <message>
        <source>Not on the default bridge (network mode %1).</source>
        <translation>No és a la xarxa bridge per defecte (mode de xarxa %1).</translation>
    </message>
    <message>
        <source>No privileged host port is published</source>
        <translation>No es publica cap port privilegiat de l&apos;amfitrió</translation>
    </message>
    <message>
        <source>Ports below 1024 are where the host&apos;s own services (ssh, http, dns) are expected: a container on them can pass for one.</source>
        <translation>Als ports per sota de 1024 s&apos;hi esperen els serveis propis de l&apos;amfitrió (ssh, http, dns): un contenidor que els ocupi es pot fer passar per un d&apos;ells.</translation>
    </message>
    <message>
        <source>Publish on a host port above 1024 (-p 8080:80) and put a proxy in front when port 80 or 443 is needed.</source>
        <translation>Publiqueu en un port de l&apos;amfitrió per sobre de 1024 (-p 8080:80) i poseu-hi un servidor intermediari al davant quan calgui el port 80 o el 443.</translation>
    </message>
    <message>
        <source>Only the needed ports are published</source>
        <translation>Només es publiquen els ports necessaris</translation>
    </message>
    <message>
        <source>Every published port is a way in. -P publishes all the ports an image exposes, whether the service needs them or not.</source>
        <translation>Cada port publicat és una porta d&apos;entrada. -P publica tots els ports que exposa una imatge, tant si el servei els necessita com si no.</translation>
    </message>
    <message>
        <source>Publish each needed port with -p, never -P, and remove the rest.</source>
        <translation>Publiqueu cada port necessari amb -p, mai amb -P, i traieu la resta.</translation>
    </message>
    <message>
        <source>No host device is exposed</source>
        <translation>No hi ha cap dispositiu de l&apos;amfitrió exposat</translation>
    </message>
    <message>
        <source>A host device inside a container (a disk, /dev/mem, a GPU) is reached without the host&apos;s file permissions: read and write access to a disk is access to every file on it.</source>
        <translation>A un dispositiu de l&apos;amfitrió dins d&apos;un contenidor (un disc, /dev/mem, una GPU) s&apos;hi accedeix sense els permisos de fitxer de l&apos;amfitrió: l&apos;accés de lectura i escriptura a un disc és accés a tots els fitxers que conté.</translation>
    </message>
    <message>
        <source>Remove --device and --device-cgroup-rule unless the container needs them, and then give the least access (r instead of rwm).</source>
        <translation>Traieu --device i --device-cgroup-rule tret que el contenidor els necessiti, i en aquest cas doneu-hi l&apos;accés mínim (r en lloc de rwm).</translation>
    </message>
    <message>
        <source>No mount has shared propagation</source>
        <translation>Cap muntatge no té propagació compartida</translation>
    </message>
    <message>
        <source>With shared propagation, mounts the container makes under the volume appear on the host too, and the host&apos;s new mounts in the container.</source>
        <translation>Amb la propagació compartida, els muntatges que fa el contenidor dins del volum també apareixen a l&apos;amfitrió, i els muntatges nous de l&apos;amfitrió, al contenidor.</translation>
    </message>
    <message>
        <source>Remove bind-propagation=shared and rshared (--mount ...,bind-propagation=shared, -v src:dst:shared); the default, rprivate, keeps mounts apart.</source>
        <translation>Traieu bind-propagation=shared i rshared (--mount ...,bind-propagation=shared, -v src:dst:shared); el valor per defecte, rprivate, manté els muntatges separats.</translation>
    </message>
    <message>
        <source>Uses the default cgroup parent</source>
        <translation>Fa servir el cgroup pare per defecte</translation>
    </message>
    <message>
        <source>--cgroup-parent moves the container under another cgroup, whose limits may be looser than those meant for containers.</source>
        <translation>--cgroup-parent mou el contenidor sota un altre cgroup, els límits del qual poden ser més laxos que els previstos per als contenidors.</translation>
    </message>
    <message>
        <source>Remove --cgroup-parent unless it is needed, and confirm its limits.</source>
        <translation>Traieu --cgroup-parent tret que calgui, i confirmeu-ne els límits.</translation>
    </message>
    <message>
        <source>Not on the default bridge</source>
        <translation>No és a la xarxa bridge per defecte</translation>
    </message>
    <message>
        <source>On Docker&apos;s default bridge (docker0) every container can reach every other one unless icc is off; user-defined networks isolate each application and resolve names.</source>
        <translation>A la xarxa bridge per defecte de Docker (docker0), cada contenidor pot arribar a tots els altres tret que icc estigui desactivat; les xarxes definides per l&apos;usuari aïllen cada aplicació i resolen els noms.</translation>
    </message>
    <message>
        <source>Create a network per application (docker network create app) and start its containers with --network app.</source>
        <translation>Creeu una xarxa per aplicació (docker network create app) i inicieu-ne els contenidors amb --network app.</translation>
    </message>
    <message>
        <source>This endpoint&apos;s docker info does not report %1.</source>
        <translation>El docker info d&apos;aquest punt de connexió no informa de %1.</translation>
    </message>
    <message>
        <source>dockerd command line: --%1 %2</source>
        <translation>Línia d&apos;ordres de dockerd: --%1 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not set on dockerd&apos;s command line or in daemon.json.</source>
        <translation>&quot;%1&quot; no està definit a la línia d&apos;ordres de dockerd ni a daemon.json.</translation>
    </message>
    <message>
        <source>The daemon runs rootless (docker info: name=rootless).</source>
        <translation>El dimoni s&apos;executa en mode rootless (docker info: name=rootless).</translation>
    </message>
    <message>
        <source>The daemon runs as root (docker info: no name=rootless in SecurityOptions).</source>
        <translation>El dimoni s&apos;executa amb l&apos;usuari root (docker info: no hi ha name=rootless a SecurityOptions).</translation>
    </message>
    <message>
        <source>The storage driver is aufs (docker info: Driver aufs).</source>
        <translation>El controlador d&apos;emmagatzematge és aufs (docker info: Driver aufs).</translation>
    </message>
    <message>
        <source>The storage driver is %1 (docker info: Driver).</source>
        <translation>El controlador d&apos;emmagatzematge és %1 (docker info: Driver).</translation>
    </message>
    <message>
        <source>Containers are placed under a cgroup parent of their own (%1): confirm that its limits are the intended ones.</source>
        <translation>Els contenidors es col·loquen sota un cgroup pare propi (%1): confirmeu que els seus límits són els previstos.</translation>
    </message>
    <message>
        <source>The storage driver is %1: the base device size applies to devicemapper only.</source>
        <translation>El controlador d&apos;emmagatzematge és %1: la mida del dispositiu base només s&apos;aplica a devicemapper.</translation>
    </message>
    <message>
        <source>The base device size is changed (%1).</source>
        <translation>La mida del dispositiu base s&apos;ha canviat (%1).</translation>
    </message>
    <message>
        <source>The base device size is the default (%1).</source>
        <translation>La mida del dispositiu base és la per defecte (%1).</translation>
    </message>
    <message>
        <source>No authorization plugin: every user who reaches the socket may do everything (docker info: Plugins.Authorization is empty).</source>
        <translation>Sense connector d&apos;autorització: qualsevol usuari que arribi al sòcol ho pot fer tot (docker info: Plugins.Authorization és buit).</translation>
    </message>
    <message>
        <source>Authorization plugins: %1.</source>
        <translation>Connectors d&apos;autorització: %1.</translation>
    </message>
    <message>
        <source>The default logging driver is %1: container logs stay on this host.</source>
        <translation>El controlador de registres per defecte és %1: els registres dels contenidors es queden en aquest amfitrió.</translation>
    </message>
    <message>
        <source>The default logging driver is %1.</source>
        <translation>El controlador de registres per defecte és %1.</translation>
    </message>
    <message>
        <source>The daemon-wide seccomp profile is unconfined: containers run without a system call filter unless each one sets one.</source>
        <translation>El perfil seccomp de tot el dimoni és unconfined: els contenidors s&apos;executen sense filtre de crides al sistema tret que cadascun en defineixi un.</translation>
    </message>
    <message>
        <source>Containers get Docker&apos;s default seccomp profile (docker info: %1).</source>
        <translation>Els contenidors reben el perfil seccomp per defecte de Docker (docker info: %1).</translation>
    </message>
    <message>
        <source>A custom daemon-wide seccomp profile is applied (docker info: %1).</source>
        <translation>S&apos;aplica un perfil seccomp personalitzat a tot el dimoni (docker info: %1).</translation>
    </message>
    <message>
        <source>The daemon does not report seccomp: containers run without a system call filter (docker info: SecurityOptions).</source>
        <translation>El dimoni no informa de seccomp: els contenidors s&apos;executen sense filtre de crides al sistema (docker info: SecurityOptions).</translation>
    </message>
    <message>
        <source>Experimental features are on (docker info: ExperimentalBuild true).</source>
        <translation>Les funcions experimentals estan activades (docker info: ExperimentalBuild true).</translation>
    </message>
    <message>
        <source>Experimental features are off (docker info: ExperimentalBuild false).</source>
        <translation>Les funcions experimentals estan desactivades (docker info: ExperimentalBuild false).</translation>
    </message>
    <message>
        <source>Swarm mode is not enabled (docker info: Swarm.LocalNodeState inactive).</source>
        <translation>El mode swarm no està activat (docker info: Swarm.LocalNodeState inactive).</translation>
    </message>
    <message>
        <source>Swarm mode is enabled (docker info: Swarm.LocalNodeState %1): leave the swarm if this host does not need it.</source>
        <translation>El mode swarm està activat (docker info: Swarm.LocalNodeState %1): sortiu del swarm si aquest amfitrió no el necessita.</translation>
    </message>
    <message>
        <source>This audit left the images or the containers out.</source>
        <translation>Aquesta auditoria ha deixat fora les imatges o els contenidors.</translation>
    </message>
    <message>
        <source>This audit left the containers out.</source>
        <translation>Aquesta auditoria ha deixat fora els contenidors.</translation>
    </message>
    <message>
        <source>The daemon runs rootless</source>
        <translation>El dimoni s&apos;executa en mode rootless</translation>
    </message>
    <message>
        <source>A daemon running as root is root on the host: an escape from a container or a misused API call gives the whole machine. In rootless mode dockerd and its containers run as an ordinary user.</source>
        <translation>Un dimoni que s&apos;executa amb l&apos;usuari root és root a l&apos;amfitrió: una fuga d&apos;un contenidor o una crida a l&apos;API mal utilitzada dona tota la màquina. En mode rootless, dockerd i els seus contenidors s&apos;executen amb un usuari normal.</translation>
    </message>
    <message>
        <source>Where the workloads allow it, install Docker&apos;s rootless mode (dockerd-rootless-setuptool.sh install) and run the containers there.</source>
        <translation>Allà on les càrregues de treball ho permetin, instal·leu el mode rootless de Docker (dockerd-rootless-setuptool.sh install) i executeu-hi els contenidors.</translation>
    </message>
    <message>
        <source>The aufs storage driver is not used</source>
        <translation>No es fa servir el controlador d&apos;emmagatzematge aufs</translation>
    </message>
    <message>
        <source>aufs is an old storage driver, no longer in the mainline kernel nor supported by current Docker releases, and known for kernel crashes.</source>
        <translation>aufs és un controlador d&apos;emmagatzematge antic, que ja no és al nucli oficial ni l&apos;admeten les versions actuals de Docker, i que és conegut per provocar caigudes del nucli.</translation>
    </message>
    <message>
        <source>Move to overlay2: set &quot;storage-driver&quot;: &quot;overlay2&quot; in daemon.json (images and containers must be recreated or migrated).</source>
        <translation>Passeu a overlay2: poseu &quot;storage-driver&quot;: &quot;overlay2&quot; a daemon.json (cal tornar a crear o migrar les imatges i els contenidors).</translation>
    </message>
    <message>
        <source>Containers use the default cgroup parent</source>
        <translation>Els contenidors fan servir el cgroup pare per defecte</translation>
    </message>
    <message>
        <source>The cgroup parent decides which resource limits apply to every container. A changed parent can lift the limits meant for containers, so it should be a deliberate, confirmed choice.</source>
        <translation>El cgroup pare decideix quins límits de recursos s&apos;apliquen a cada contenidor. Un pare canviat pot aixecar els límits previstos per als contenidors, per això ha de ser una elecció deliberada i confirmada.</translation>
    </message>
    <message>
        <source>Remove --cgroup-parent and &quot;cgroup-parent&quot; unless they are needed, and confirm the limits of the parent that is used.</source>
        <translation>Traieu --cgroup-parent i &quot;cgroup-parent&quot; tret que calguin, i confirmeu els límits del pare que es fa servir.</translation>
    </message>
    <message>
        <source>The base device size is not changed</source>
        <translation>La mida del dispositiu base no s&apos;ha canviat</translation>
    </message>
    <message>
        <source>With devicemapper, a larger dm.basesize lets each container&apos;s filesystem grow more, and a few containers can fill the host&apos;s storage.</source>
        <translation>Amb devicemapper, un dm.basesize més gran permet que el sistema de fitxers de cada contenidor creixi més, i uns quants contenidors poden omplir l&apos;emmagatzematge de l&apos;amfitrió.</translation>
    </message>
    <message>
        <source>Remove the dm.basesize storage option unless it is needed.</source>
        <translation>Traieu l&apos;opció d&apos;emmagatzematge dm.basesize tret que calgui.</translation>
    </message>
    <message>
        <source>An authorization plugin controls Docker commands</source>
        <translation>Un connector d&apos;autorització controla les ordres de Docker</translation>
    </message>
    <message>
        <source>Without an authorization plugin, whoever can reach the daemon&apos;s socket may run any command, including privileged containers. A plugin can allow each user only what they need.</source>
        <translation>Sense connector d&apos;autorització, qui pugui arribar al sòcol del dimoni pot executar qualsevol ordre, inclosos contenidors privilegiats. Un connector pot permetre a cada usuari només el que necessita.</translation>
    </message>
    <message>
        <source>Install an authorization plugin (for example Open Policy Agent&apos;s) and start dockerd with --authorization-plugin=NAME.</source>
        <translation>Instal·leu un connector d&apos;autorització (per exemple, el d&apos;Open Policy Agent) i inicieu dockerd amb --authorization-plugin=NOM.</translation>
    </message>
    <message>
        <source>Container logs go to a central log service</source>
        <translation>Els registres dels contenidors van a un servei de registres central</translation>
    </message>
    <message>
        <source>Logs kept only on the host are lost with it and can be erased by whoever takes it over. A central service keeps the record of what happened.</source>
        <translation>Els registres que només es guarden a l&apos;amfitrió es perden amb ell i els pot esborrar qui se n&apos;apoderi. Un servei central conserva la constància del que ha passat.</translation>
    </message>
    <message>
        <source>Set &quot;log-driver&quot; in daemon.json to a driver that sends logs away (syslog with &quot;syslog-address&quot;, journald forwarded, gelf, fluentd, ...) and restart dockerd.</source>
        <translation>Poseu a &quot;log-driver&quot; de daemon.json un controlador que enviï els registres fora de l&apos;amfitrió (syslog amb &quot;syslog-address&quot;, journald reenviat, gelf, fluentd, ...) i reinicieu dockerd.</translation>
    </message>
    <message>
        <source>A daemon-wide seccomp profile is applied</source>
        <translation>S&apos;aplica un perfil seccomp a tot el dimoni</translation>
    </message>
    <message>
        <source>The daemon&apos;s seccomp profile is the system call filter of every container that does not choose its own. Docker&apos;s default one blocks the calls most used to escape; unconfined blocks none.</source>
        <translation>El perfil seccomp del dimoni és el filtre de crides al sistema de cada contenidor que no en tria un de propi. El perfil per defecte de Docker bloqueja les crides més utilitzades per escapar-se; unconfined no en bloqueja cap.</translation>
    </message>
    <message>
        <source>Remove --seccomp-profile=unconfined and &quot;seccomp-profile&quot;: &quot;unconfined&quot;; keep the default profile or give a stricter one of your own.</source>
        <translation>Traieu --seccomp-profile=unconfined i &quot;seccomp-profile&quot;: &quot;unconfined&quot;; mantingueu el perfil per defecte o doneu-ne un de propi més restrictiu.</translation>
    </message>
    <message>
        <source>Experimental features are off</source>
        <translation>Les funcions experimentals estan desactivades</translation>
    </message>
    <message>
        <source>Experimental features are not stable and have had less review: production daemons should not run them.</source>
        <translation>Les funcions experimentals no són estables i s&apos;han revisat menys: els dimonis de producció no les haurien d&apos;executar.</translation>
    </message>
    <message>
        <source>Remove --experimental and &quot;experimental&quot;: true, and restart dockerd.</source>
        <translation>Traieu --experimental i &quot;experimental&quot;: true, i reinicieu dockerd.</translation>
    </message>
    <message>
        <source>Swarm mode is not enabled</source>
        <translation>El mode swarm no està activat</translation>
    </message>
    <message>
        <source>Swarm mode opens management ports (2377/tcp and others) and runs services this host may not need.</source>
        <translation>El mode swarm obre ports de gestió (2377/tcp i d&apos;altres) i executa serveis que potser aquest amfitrió no necessita.</translation>
    </message>
    <message>
        <source>If the host does not need swarm mode, leave it with docker swarm leave.</source>
        <translation>Si l&apos;amfitrió no necessita el mode swarm, sortiu-ne amb docker swarm leave.</translation>
    </message>
    <message>
        <source>Unused images are removed</source>
        <translation>S&apos;eliminen les imatges sense ús</translation>
    </message>
    <message>
        <source>Images nobody uses still take space, keep old vulnerable versions at hand and make it hard to tell which images matter.</source>
        <translation>Les imatges que no fa servir ningú continuen ocupant espai, mantenen a mà versions antigues i vulnerables i fan difícil distingir quines imatges importen.</translation>
    </message>
    <message>
        <source>Remove the images no container uses (docker image prune -a, after checking the list).</source>
        <translation>Elimineu les imatges que no fa servir cap contenidor (docker image prune -a, després de revisar-ne la llista).</translation>
    </message>
    <message>
        <source>Stopped containers are removed</source>
        <translation>S&apos;eliminen els contenidors aturats</translation>
    </message>
    <message>
        <source>Stopped containers keep their filesystems, settings and volumes: they take space and can be started again by mistake.</source>
        <translation>Els contenidors aturats conserven el seu sistema de fitxers, la configuració i els volums: ocupen espai i es poden tornar a iniciar per error.</translation>
    </message>
    <message>
        <source>Remove the containers that are no longer needed (docker container prune, after checking the list).</source>
        <translation>Elimineu els contenidors que ja no calen (docker container prune, després de revisar-ne la llista).</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, not followed: check the owner and mode of what it leads to</source>
        <translation>%1 és un enllaç simbòlic i no s&apos;ha seguit: comproveu el propietari i el mode de la seva destinació</translation>
    </message>
    <message>
        <source>%1 (expected root:root and mode %2 or stricter).</source>
        <translation>%1 (s&apos;esperava root:root i mode %2 o més restrictiu).</translation>
    </message>
    <message>
        <source>This snapshot does not record these files: it was taken by an earlier version of Escut.</source>
        <translation>Aquesta instantània no registra aquests fitxers: es va prendre amb una versió anterior d&apos;Escut.</translation>
    </message>
    <message>
        <source>The snapshot does not say when it was taken: the certificates&apos; expiry dates cannot be compared with it.</source>
        <translation>La instantània no indica quan es va prendre: no s&apos;hi poden comparar les dates de caducitat dels certificats.</translation>
    </message>
    <message>
        <source>%1: its expiry date is not in this snapshot</source>
        <translation>%1: la data de caducitat no consta en aquesta instantània</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 va caducar el %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 expires on %2, in %n day(s)</source>
        <translation>
            <numerusform>%1 caduca el %2, d&apos;aquí a %n dia</numerusform>
            <numerusform>%1 caduca el %2, d&apos;aquí a %n dies</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is valid until %2</source>
        <translation>%1 és vàlid fins al %2</translation>
    </message>
    <message>
        <source>%1: clients that verify TLS cannot connect to the daemon.</source>
        <translation>%1: els clients que verifiquen TLS no es poden connectar al dimoni.</translation>
    </message>
    <message>
        <source>%1: renew it before then, or clients that verify TLS cannot connect.</source>
        <translation>%1: renoveu-lo abans, o els clients que verifiquen TLS no es podran connectar.</translation>
    </message>
    <message>
        <source>Cannot read the expiry date of %1.</source>
        <translation>No es pot llegir la data de caducitat de %1.</translation>
    </message>
    <message>
        <source>The daemon has no TLS certificate (tlscacert, tlscert) configured.</source>
        <translation>El dimoni no té cap certificat TLS (tlscacert, tlscert) configurat.</translation>
    </message>
    <message>
        <source>chown root:root on key.json and the TLS files; chmod 400 on the TLS key (tlskey), 444 on the CA and server certificates (tlscacert, tlscert), and 600 (or 400) on key.json.</source>
        <translation>chown root:root a key.json i als fitxers TLS; chmod 400 a la clau TLS (tlskey), 444 als certificats de la CA i del servidor (tlscacert, tlscert), i 600 (o 400) a key.json.</translation>
    </message>
    <message>
        <source>docker.service and docker.socket belong to root:root, mode 644 or stricter</source>
        <translation>docker.service i docker.socket pertanyen a root:root, mode 644 o més restrictiu</translation>
    </message>
    <message>
        <source>The systemd units decide how dockerd starts: its command line, its environment and its socket. Whoever can change them can start the daemon with any option at the next restart, for example a TCP socket without TLS.</source>
        <translation>Les unitats de systemd decideixen com arrenca dockerd: la seva línia d&apos;ordres, el seu entorn i el seu sòcol. Qui les pugui canviar pot arrencar el dimoni amb qualsevol opció en el proper reinici, per exemple un sòcol TCP sense TLS.</translation>
    </message>
    <message>
        <source>Find the unit files with &apos;systemctl show -p FragmentPath docker.service docker.socket&apos;, then run chown root:root and chmod 644 on each.</source>
        <translation>Trobeu els fitxers d&apos;unitat amb &apos;systemctl show -p FragmentPath docker.service docker.socket&apos; i després executeu chown root:root i chmod 644 sobre cadascun.</translation>
    </message>
    <message>
        <source>Registry certificates belong to root:root, mode 444 or stricter</source>
        <translation>Els certificats dels registres pertanyen a root:root, mode 444 o més restrictiu</translation>
    </message>
    <message>
        <source>dockerd trusts the CA and client certificates in /etc/docker/certs.d/&lt;registry&gt;/ when it talks to that registry. Whoever can replace them can make dockerd trust a registry of their own and pull altered images, or use another client identity.</source>
        <translation>dockerd confia en els certificats de CA i de client de /etc/docker/certs.d/&lt;registre&gt;/ quan es comunica amb aquest registre. Qui els pugui substituir pot fer que dockerd confiï en un registre seu i en baixi imatges alterades, o fer servir una altra identitat de client.</translation>
    </message>
    <message>
        <source>chown root:root /etc/docker/certs.d/*/*; chmod 444 on the certificates (.crt, .cert) and 400 on client keys (.key). Replace symbolic links there with the files they lead to, or check those files the same way.</source>
        <translation>chown root:root /etc/docker/certs.d/*/*; chmod 444 als certificats (.crt, .cert) i 400 a les claus de client (.key). Substituïu-hi els enllaços simbòlics pels fitxers als quals apunten, o comproveu aquests fitxers de la mateixa manera.</translation>
    </message>
    <message>
        <source>Docker&apos;s environment files belong to root:root, mode 644 or stricter</source>
        <translation>Els fitxers d&apos;entorn de Docker pertanyen a root:root, mode 644 o més restrictiu</translation>
    </message>
    <message>
        <source>/etc/default/docker (Debian, Ubuntu) and /etc/sysconfig/docker (Red Hat family) hold options and environment variables that init scripts and some systemd units pass to dockerd. Whoever can write them can add daemon options, such as a TCP socket without TLS, at the next restart.</source>
        <translation>/etc/default/docker (Debian, Ubuntu) i /etc/sysconfig/docker (família Red Hat) contenen opcions i variables d&apos;entorn que els scripts d&apos;inici i algunes unitats de systemd passen a dockerd. Qui hi pugui escriure pot afegir opcions al dimoni, com un sòcol TCP sense TLS, en el proper reinici.</translation>
    </message>
    <message>
        <source>chown root:root and chmod 644 on /etc/default/docker and /etc/sysconfig/docker, whichever exist.</source>
        <translation>chown root:root i chmod 644 a /etc/default/docker i /etc/sysconfig/docker, els que existeixin.</translation>
    </message>
    <message>
        <source>containerd.sock belongs to root:root, mode 660 or stricter</source>
        <translation>containerd.sock pertany a root:root, mode 660 o més restrictiu</translation>
    </message>
    <message>
        <source>dockerd runs every container through containerd. Whoever can use containerd&apos;s socket can start privileged containers and read any container&apos;s files without going through Docker&apos;s API or its authorization plugins.</source>
        <translation>dockerd executa tots els contenidors a través de containerd. Qui pugui fer servir el sòcol de containerd pot iniciar contenidors privilegiats i llegir els fitxers de qualsevol contenidor sense passar per l&apos;API de Docker ni pels seus connectors d&apos;autorització.</translation>
    </message>
    <message>
        <source>chown root:root /run/containerd/containerd.sock; chmod 660 /run/containerd/containerd.sock. containerd creates the socket at every start: keep uid and gid 0 in the [grpc] section of /etc/containerd/config.toml.</source>
        <translation>chown root:root /run/containerd/containerd.sock; chmod 660 /run/containerd/containerd.sock. containerd crea el sòcol cada vegada que s&apos;inicia: mantingueu uid i gid 0 a la secció [grpc] de /etc/containerd/config.toml.</translation>
    </message>
    <message>
        <source>The daemon&apos;s TLS certificates are valid for at least 30 days</source>
        <translation>Els certificats TLS del dimoni són vàlids almenys 30 dies més</translation>
    </message>
    <message>
        <source>When the daemon&apos;s server certificate or the CA that signs its clients&apos; certificates expires, clients that verify TLS can no longer connect, and the quick way out is often to turn verification off. Renewing ahead keeps remote access working and authenticated.</source>
        <translation>Quan caduca el certificat de servidor del dimoni o la CA que signa els certificats dels seus clients, els clients que verifiquen TLS ja no s&apos;hi poden connectar, i sovint la sortida ràpida és desactivar la verificació. Renovar-los amb antelació manté l&apos;accés remot en funcionament i autenticat.</translation>
    </message>
    <message>
        <source>Issue a new certificate before the old one expires, put it at the tlscert (or tlscacert) path and restart dockerd; &apos;openssl x509 -noout -enddate -in &lt;file&gt;&apos; shows the date.</source>
        <translation>Emeteu un certificat nou abans que caduqui l&apos;antic, poseu-lo al camí de tlscert (o tlscacert) i reinicieu dockerd; &apos;openssl x509 -noout -enddate -in &lt;fitxer&gt;&apos; mostra la data.</translation>
    </message>
    <message>
        <source>line %1: %2 with no install in the same RUN</source>
        <translation>línia %1: %2 sense cap instal·lació al mateix RUN</translation>
    </message>
    <message>
        <source>No package index update stands alone in a RUN.</source>
        <translation>Cap actualització de l&apos;índex de paquets no és sola en un RUN.</translation>
    </message>
    <message>
        <source>Package index updates are not alone in a RUN</source>
        <translation>Les actualitzacions de l&apos;índex de paquets no són soles en un RUN</translation>
    </message>
    <message>
        <source>The builder caches each RUN: an apt-get update in a RUN of its own is kept from the first build, and a later install in another RUN takes packages from that old index, missing security fixes.</source>
        <translation>El constructor desa a la memòria cau cada RUN: un apt-get update en un RUN propi es conserva des de la primera construcció, i una instal·lació posterior en un altre RUN agafa els paquets d&apos;aquell índex antic i es perd les correccions de seguretat.</translation>
    </message>
    <message>
        <source>Update and install in the same RUN: RUN apt-get update &amp;&amp; apt-get install -y PACKAGE (or apk add --no-cache PACKAGE).</source>
        <translation>Actualitzeu i instal·leu al mateix RUN: RUN apt-get update &amp;&amp; apt-get install -y PAQUET (o apk add --no-cache PAQUET).</translation>
    </message>
    <message>
        <source>This daemon is not in an active swarm (docker info: Swarm.LocalNodeState %1).</source>
        <translation>Aquest dimoni no forma part de cap swarm actiu (docker info: Swarm.LocalNodeState %1).</translation>
    </message>
    <message>
        <source>This node is a swarm worker: audit a manager to see the swarm&apos;s settings.</source>
        <translation>Aquest node és un treballador (worker) del swarm: auditeu un gestor (manager) per veure la configuració del swarm.</translation>
    </message>
    <message>
        <source>%1 managers among %2 nodes: keep an odd number of managers, no more than needed (1, 3, 5 or 7).</source>
        <translation>%1 gestors entre %2 nodes: mantingueu un nombre senar de gestors, no més dels necessaris (1, 3, 5 o 7).</translation>
    </message>
    <message>
        <source>%1 managers among %2 nodes.</source>
        <translation>%1 gestors entre %2 nodes.</translation>
    </message>
    <message>
        <source>Overlay networks without encryption: %1.</source>
        <translation>Xarxes overlay sense xifratge: %1.</translation>
    </message>
    <message>
        <source>No overlay networks.</source>
        <translation>No hi ha xarxes overlay.</translation>
    </message>
    <message>
        <source>Encrypted overlay networks: %1.</source>
        <translation>Xarxes overlay xifrades: %1.</translation>
    </message>
    <message>
        <source>Managers are auto-locked (AutoLockManagers true).</source>
        <translation>Els gestors tenen el bloqueig automàtic activat (AutoLockManagers true).</translation>
    </message>
    <message>
        <source>Managers are not auto-locked: the swarm&apos;s keys are stored unencrypted on each manager (AutoLockManagers false).</source>
        <translation>Els gestors no tenen el bloqueig automàtic activat: les claus del swarm es desen sense xifrar a cada gestor (AutoLockManagers false).</translation>
    </message>
    <message>
        <source>Node certificates are rotated every %1 days: rotate them at least every %2 days (docker swarm update --cert-expiry).</source>
        <translation>Els certificats dels nodes es renoven cada %1 dies: renoveu-los com a mínim cada %2 dies (docker swarm update --cert-expiry).</translation>
    </message>
    <message>
        <source>Node certificates are rotated every %1 days.</source>
        <translation>Els certificats dels nodes es renoven cada %1 dies.</translation>
    </message>
    <message>
        <source>The swarm has no more managers than it needs</source>
        <translation>El swarm no té més gestors dels que necessita</translation>
    </message>
    <message>
        <source>Every manager holds the swarm&apos;s state and keys: each one more is one more host to defend. An even number adds no fault tolerance.</source>
        <translation>Cada gestor conté l&apos;estat i les claus del swarm: cada gestor de més és un amfitrió més per defensar. Un nombre parell no afegeix tolerància a fallades.</translation>
    </message>
    <message>
        <source>Keep one manager, or an odd number (3, 5, 7) when the swarm must survive a lost manager; demote the rest with docker node demote.</source>
        <translation>Mantingueu un sol gestor, o un nombre senar (3, 5, 7) quan el swarm hagi de sobreviure a la pèrdua d&apos;un gestor; degradeu la resta amb docker node demote.</translation>
    </message>
    <message>
        <source>Swarm overlay networks are encrypted</source>
        <translation>Les xarxes overlay del swarm estan xifrades</translation>
    </message>
    <message>
        <source>Traffic between containers on different nodes crosses the hosts&apos; network in clear text unless the overlay network is created encrypted.</source>
        <translation>El trànsit entre contenidors de nodes diferents travessa la xarxa dels amfitrions en text clar tret que la xarxa overlay s&apos;hagi creat xifrada.</translation>
    </message>
    <message>
        <source>Create overlay networks with --opt encrypted (docker network create -d overlay --opt encrypted NAME) and move the services to them.</source>
        <translation>Creeu les xarxes overlay amb --opt encrypted (docker network create -d overlay --opt encrypted NOM) i moveu-hi els serveis.</translation>
    </message>
    <message>
        <source>Swarm managers are auto-locked</source>
        <translation>Els gestors del swarm tenen el bloqueig automàtic activat</translation>
    </message>
    <message>
        <source>Without auto-lock, the keys that encrypt the swarm&apos;s Raft logs are kept on each manager&apos;s disk: whoever copies the disk reads the swarm&apos;s secrets.</source>
        <translation>Sense el bloqueig automàtic, les claus que xifren els registres Raft del swarm es guarden al disc de cada gestor: qui copiï el disc pot llegir els secrets del swarm.</translation>
    </message>
    <message>
        <source>Turn auto-lock on with docker swarm update --autolock=true and keep the unlock key somewhere safe.</source>
        <translation>Activeu el bloqueig automàtic amb docker swarm update --autolock=true i guardeu la clau de desbloqueig en un lloc segur.</translation>
    </message>
    <message>
        <source>Swarm node certificates are rotated</source>
        <translation>Els certificats dels nodes del swarm es renoven</translation>
    </message>
    <message>
        <source>A stolen node certificate is valid until it expires: the shorter its life, the sooner it is useless.</source>
        <translation>Un certificat de node robat és vàlid fins que caduca: com més curta és la seva vida, abans deixa de servir.</translation>
    </message>
    <message>
        <source>Set the expiry to 90 days or less: docker swarm update --cert-expiry 2160h.</source>
        <translation>Definiu una caducitat de 90 dies o menys: docker swarm update --cert-expiry 2160h.</translation>
    </message>
    <message>
        <source>Shares the host&apos;s namespaces: %1.</source>
        <translation>Comparteix espais de noms amb l&apos;amfitrió: %1.</translation>
    </message>
    <message>
        <source>Uses namespaces of its own.</source>
        <translation>Fa servir espais de noms propis.</translation>
    </message>
    <message>
        <source>privileged: true gives the service every host device.</source>
        <translation>privileged: true dona al servei tots els dispositius de l&apos;amfitrió.</translation>
    </message>
    <message>
        <source>Service does not share the host&apos;s namespaces</source>
        <translation>El servei no comparteix els espais de noms de l&apos;amfitrió</translation>
    </message>
    <message>
        <source>network_mode: host, pid: host, ipc: host, uts: host or userns_mode: host remove the isolation between the service and the host: it sees the host&apos;s interfaces, processes or shared memory.</source>
        <translation>network_mode: host, pid: host, ipc: host, uts: host o userns_mode: host eliminen l&apos;aïllament entre el servei i l&apos;amfitrió: veu les interfícies, els processos o la memòria compartida de l&apos;amfitrió.</translation>
    </message>
    <message>
        <source>Remove them; publish ports with ports: instead of sharing the host&apos;s network.</source>
        <translation>Traieu-los; publiqueu els ports amb ports: en lloc de compartir la xarxa de l&apos;amfitrió.</translation>
    </message>
    <message>
        <source>Service exposes no host device</source>
        <translation>El servei no exposa cap dispositiu de l&apos;amfitrió</translation>
    </message>
    <message>
        <source>A host device in a service (a disk, /dev/mem, a GPU) is reached without the host&apos;s file permissions: read and write access to a disk is access to every file on it.</source>
        <translation>A un dispositiu de l&apos;amfitrió dins d&apos;un servei (un disc, /dev/mem, una GPU) s&apos;hi accedeix sense els permisos de fitxer de l&apos;amfitrió: l&apos;accés de lectura i escriptura a un disc és accés a tots els fitxers que conté.</translation>
    </message>
    <message>
        <source>Remove devices: and device_cgroup_rules: unless the service needs them, and then give the least access (r instead of rwm).</source>
        <translation>Traieu devices: i device_cgroup_rules: tret que el servei els necessiti, i en aquest cas doneu-hi l&apos;accés mínim (r en lloc de rwm).</translation>
    </message>
    <message>
        <source>Not running: there are no processes to look at.</source>
        <translation>No s&apos;està executant: no hi ha processos per examinar.</translation>
    </message>
    <message>
        <source>This snapshot does not record the containers&apos; processes: it was taken by an earlier version of Escut.</source>
        <translation>Aquesta instantània no registra els processos dels contenidors: es va prendre amb una versió anterior d&apos;Escut.</translation>
    </message>
    <message>
        <source>Its processes were not read: it started after the list was taken.</source>
        <translation>No se n&apos;han llegit els processos: es va iniciar després de prendre la llista.</translation>
    </message>
    <message>
        <source>Its processes could not be read: %1.</source>
        <translation>No se n&apos;han pogut llegir els processos: %1.</translation>
    </message>
    <message>
        <source>read from /proc</source>
        <translation>llegits de /proc</translation>
    </message>
    <message>
        <source>listed by the daemon</source>
        <translation>llistats pel dimoni</translation>
    </message>
    <message>
        <source>Runs an SSH server: %1 (%2).</source>
        <translation>Executa un servidor SSH: %1 (%2).</translation>
    </message>
    <message>
        <source>No SSH server among the programs it runs: %1 (%2).</source>
        <translation>Cap servidor SSH entre els programes que executa: %1 (%2).</translation>
    </message>
    <message>
        <source>No SSH server runs in the container</source>
        <translation>No s&apos;executa cap servidor SSH al contenidor</translation>
    </message>
    <message>
        <source>An SSH server in a container is one more service to patch, one more set of keys and passwords to manage, and a way in that bypasses the daemon&apos;s access control.</source>
        <translation>Un servidor SSH en un contenidor és un servei més per actualitzar, un joc més de claus i contrasenyes per gestionar i una porta d&apos;entrada que passa per alt el control d&apos;accés del dimoni.</translation>
    </message>
    <message>
        <source>Remove the SSH server from the image and use docker exec (or the orchestrator&apos;s equivalent) when someone has to get into the container.</source>
        <translation>Traieu el servidor SSH de la imatge i feu servir docker exec (o l&apos;equivalent de l&apos;orquestrador) quan algú hagi d&apos;entrar al contenidor.</translation>
    </message>
    <message>
        <source>the default; set [sprawl] %1 in escut.conf to change it</source>
        <translation>el valor per defecte; definiu [sprawl] %1 a escut.conf per canviar-lo</translation>
    </message>
    <message>
        <source>[sprawl] %1 in %2</source>
        <translation>[sprawl] %1 a %2</translation>
    </message>
    <message>
        <source>Images: %1 (%2 used by a container, %3 unused; at most %4 unused allowed: %5).</source>
        <translation>Imatges: %1 (%2 en ús per algun contenidor, %3 sense ús; se&apos;n permeten com a màxim %4 sense ús: %5).</translation>
    </message>
    <message>
        <source>Remove the unused ones with docker image prune -a.</source>
        <translation>Elimineu les que no es fan servir amb docker image prune -a.</translation>
    </message>
    <message>
        <source>Containers: %1 (%2 running, %3 stopped or never started; at most %4 stopped allowed: %5).</source>
        <translation>Contenidors: %1 (%2 en execució, %3 aturats o mai iniciats; se&apos;n permeten com a màxim %4 d&apos;aturats: %5).</translation>
    </message>
    <message>
        <source>Remove those no longer needed with docker container prune.</source>
        <translation>Elimineu els que ja no calen amb docker container prune.</translation>
    </message>
    <message>
        <source>This snapshot does not record the daemon&apos;s listening sockets: it was taken by an earlier version of Escut.</source>
        <translation>Aquesta instantània no registra els sòcols en escolta del dimoni: es va prendre amb una versió anterior d&apos;Escut.</translation>
    </message>
    <message>
        <source>Nothing listens on the swarm&apos;s port %1 in the daemon&apos;s network namespace.</source>
        <translation>No hi ha res escoltant al port %1 del swarm en l&apos;espai de noms de xarxa del dimoni.</translation>
    </message>
    <message>
        <source>The swarm&apos;s management port listens on every interface: %1. Start the swarm with --listen-addr on the interface the nodes use.</source>
        <translation>El port de gestió del swarm escolta a totes les interfícies: %1. Inicieu el swarm amb --listen-addr a la interfície que fan servir els nodes.</translation>
    </message>
    <message>
        <source>The swarm&apos;s management port listens on %1 only.</source>
        <translation>El port de gestió del swarm només escolta a %1.</translation>
    </message>
    <message>
        <source>The swarm listens on a specific interface</source>
        <translation>El swarm escolta en una interfície concreta</translation>
    </message>
    <message>
        <source>A manager&apos;s cluster port (2377) accepts nodes and control traffic: listening on every interface exposes it on networks the swarm does not use, such as a public one.</source>
        <translation>El port de clúster d&apos;un gestor (2377) accepta nodes i trànsit de control: escoltar a totes les interfícies l&apos;exposa a xarxes que el swarm no fa servir, com ara una de pública.</translation>
    </message>
    <message>
        <source>Initialise or join the swarm with --listen-addr (and --advertise-addr) set to the address of the interface the nodes share, e.g. docker swarm init --listen-addr 10.0.0.5:2377.</source>
        <translation>Inicialitzeu el swarm o uniu-vos-hi amb --listen-addr (i --advertise-addr) amb l&apos;adreça de la interfície que comparteixen els nodes, p. ex. docker swarm init --listen-addr 10.0.0.5:2377.</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>registre d&apos;auditoria</translation>
    </message>
    <message>
        <source>daemon event log</source>
        <translation>registre d&apos;esdeveniments del dimoni</translation>
    </message>
    <message numerus="yes">
        <source>the daemon&apos;s event log since the daemon started (%n event(s))</source>
        <translation>
            <numerusform>el registre d&apos;esdeveniments del dimoni des que es va iniciar (%n esdeveniment)</numerusform>
            <numerusform>el registre d&apos;esdeveniments del dimoni des que es va iniciar (%n esdeveniments)</numerusform>
        </translation>
    </message>
    <message>
        <source>the daemon&apos;s event log since %1 (it keeps its latest %2 events)</source>
        <translation>el registre d&apos;esdeveniments del dimoni des de %1 (en conserva els %2 darrers)</translation>
    </message>
    <message numerus="yes">
        <source>, %n exec(s) not inspected</source>
        <translation>
            <numerusform>, %n exec sense examinar</numerusform>
            <numerusform>, %n execs sense examinar</numerusform>
        </translation>
    </message>
    <message>
        <source>the host&apos;s audit log %1</source>
        <translation>el registre d&apos;auditoria de l&apos;amfitrió %1</translation>
    </message>
    <message>
        <source>the host&apos;s audit log %1 since %2</source>
        <translation>el registre d&apos;auditoria de l&apos;amfitrió %1 des de %2</translation>
    </message>
    <message>
        <source>This snapshot has no exec history: the audit left the containers out, or an older Escut collected it.</source>
        <translation>Aquesta instantània no té historial d&apos;exec: l&apos;auditoria va deixar fora els contenidors o la va prendre una versió anterior d&apos;Escut.</translation>
    </message>
    <message>
        <source>it records no docker command</source>
        <translation>no registra cap ordre docker</translation>
    </message>
    <message>
        <source>No exec history could be read (%1).</source>
        <translation>No s&apos;ha pogut llegir cap historial d&apos;exec (%1).</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 a les %2 (%3)</translation>
    </message>
    <message>
        <source>%1 at %2 %3 (%4)</source>
        <translation>%1 a les %2 %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> i %n més</numerusform>
            <numerusform> i %n més</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n exec(s) the daemon no longer knows could not be judged.</source>
        <translation>
            <numerusform> No s&apos;ha pogut valorar %n exec que el dimoni ja no coneix.</numerusform>
            <numerusform> No s&apos;han pogut valorar %n execs que el dimoni ja no coneix.</numerusform>
        </translation>
    </message>
    <message>
        <source>docker exec --privileged ran in this container: %1.</source>
        <translation>S&apos;ha executat docker exec --privileged en aquest contenidor: %1.</translation>
    </message>
    <message>
        <source>No docker exec --privileged in %1.</source>
        <translation>Cap docker exec --privileged a %1.</translation>
    </message>
    <message>
        <source>with --user %1</source>
        <translation>amb --user %1</translation>
    </message>
    <message>
        <source>without --user, so as the container&apos;s user, root</source>
        <translation>sense --user, per tant amb l&apos;usuari del contenidor, root</translation>
    </message>
    <message>
        <source>docker exec ran as root in this container: %1.</source>
        <translation>S&apos;ha executat docker exec amb l&apos;usuari root en aquest contenidor: %1.</translation>
    </message>
    <message>
        <source>No docker exec ran as root in %1.</source>
        <translation>Cap docker exec s&apos;ha executat amb l&apos;usuari root a %1.</translation>
    </message>
    <message>
        <source>No docker exec ran with --privileged</source>
        <translation>Cap docker exec s&apos;ha executat amb --privileged</translation>
    </message>
    <message>
        <source>docker exec --privileged gives the command every capability and lifts the container&apos;s seccomp and AppArmor limits, whatever the container was started with.</source>
        <translation>docker exec --privileged dona a l&apos;ordre totes les capabilities i li treu els límits de seccomp i AppArmor del contenidor, sigui quina sigui la manera com es va iniciar el contenidor.</translation>
    </message>
    <message>
        <source>Do not use docker exec --privileged; find out who ran it and why. The daemon keeps its latest 256 events; audit /usr/bin/docker (auditctl -w /usr/bin/docker -k docker) for a longer record.</source>
        <translation>No feu servir docker exec --privileged; esbrineu qui el va executar i per què. El dimoni conserva els seus 256 darrers esdeveniments; audideu /usr/bin/docker (auditctl -w /usr/bin/docker -k docker) per tenir-ne un registre més llarg.</translation>
    </message>
    <message>
        <source>No docker exec ran as root</source>
        <translation>Cap docker exec s&apos;ha executat amb l&apos;usuari root</translation>
    </message>
    <message>
        <source>docker exec --user root (or 0) runs the command as root inside a container meant to run as another user; without --user it runs as the container&apos;s user, root when the container runs as root.</source>
        <translation>docker exec --user root (o 0) executa l&apos;ordre amb l&apos;usuari root dins d&apos;un contenidor pensat per executar-se amb un altre usuari; sense --user s&apos;executa amb l&apos;usuari del contenidor, que és root quan el contenidor s&apos;executa amb l&apos;usuari root.</translation>
    </message>
    <message>
        <source>Run docker exec as the container&apos;s own non-root user (--user appuser), and run the container itself as a non-root user.</source>
        <translation>Executeu docker exec amb l&apos;usuari no root del mateix contenidor (--user appuser) i executeu el contenidor amb un usuari no root.</translation>
    </message>
    <message>
        <source>Windows image: setuid and setgid are Linux file permissions.</source>
        <translation>Imatge de Windows: setuid i setgid són permisos de fitxer de Linux.</translation>
    </message>
    <message>
        <source>setuid and setgid</source>
        <translation>setuid i setgid</translation>
    </message>
    <message>
        <source>setuid</source>
        <translation>setuid</translation>
    </message>
    <message>
        <source>setgid</source>
        <translation>setgid</translation>
    </message>
    <message>
        <source>%1 (%2, mode %3, owner %4:%5)</source>
        <translation>%1 (%2, mode %3, propietari %4:%5)</translation>
    </message>
    <message numerus="yes">
        <source>%n setuid or setgid file(s) in the image: %1</source>
        <translation>
            <numerusform>%n fitxer setuid o setgid a la imatge: %1</numerusform>
            <numerusform>%n fitxers setuid o setgid a la imatge: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>i %n més.</numerusform>
            <numerusform>i %n més.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan did not read the whole image, so there may be more: %1</source>
        <translation>L&apos;anàlisi no ha llegit tota la imatge, així que n&apos;hi pot haver més: %1</translation>
    </message>
    <message>
        <source>This image&apos;s probe was made before Escut looked for setuid and setgid files (an older snapshot): audit again to scan the image.</source>
        <translation>La sonda d&apos;aquesta imatge es va fer abans que Escut busqués fitxers setuid i setgid (una instantània antiga): torneu a auditar per analitzar la imatge.</translation>
    </message>
    <message numerus="yes">
        <source>No setuid or setgid file among the image&apos;s %n file(s) and directories.</source>
        <translation>
            <numerusform>Cap fitxer setuid o setgid entre els fitxers i directoris de la imatge (%n en total).</numerusform>
            <numerusform>Cap fitxer setuid o setgid entre els fitxers i directoris de la imatge (%n en total).</numerusform>
        </translation>
    </message>
    <message>
        <source>No setuid or setgid files in the image</source>
        <translation>Cap fitxer setuid o setgid a la imatge</translation>
    </message>
    <message>
        <source>CIS 4.8: a program with the setuid or setgid permission runs with the rights of the user or group that owns it, usually root, whoever starts it; a flaw in any of them lets a process in the container raise its privileges. Few services need one. Escut reads the permissions of every file in the image without running it (a stopped container and Docker&apos;s archive API); directories are not counted, as their setgid bit only passes their group on to new files.</source>
        <translation>CIS 4.8: un programa amb el permís setuid o setgid s&apos;executa amb els drets de l&apos;usuari o el grup que n&apos;és propietari, normalment root, sigui qui sigui qui l&apos;iniciï; una fallada en qualsevol d&apos;ells permet a un procés del contenidor augmentar els seus privilegis. Pocs serveis en necessiten cap. Escut llegeix els permisos de tots els fitxers de la imatge sense executar-la (un contenidor aturat i l&apos;API d&apos;arxius de Docker); els directoris no es compten, perquè el seu bit setgid només passa el grup als fitxers nous.</translation>
    </message>
    <message>
        <source>Keep the setuid and setgid permissions only on programs the service needs: near the end of the Dockerfile, RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} + and rebuild. Starting containers with --security-opt no-new-privileges also stops the permissions from raising privileges.</source>
        <translation>Manteniu els permisos setuid i setgid només als programes que el servei necessita: cap al final del Dockerfile, RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} + i torneu a construir la imatge. Iniciar els contenidors amb --security-opt no-new-privileges també impedeix que aquests permisos augmentin privilegis.</translation>
    </message>
    <message>
        <source>The swarm&apos;s root CA certificate in docker info (Swarm.Cluster.TLSInfo.TrustRoot) is not a PEM certificate.</source>
        <translation>El certificat de la CA arrel del swarm a docker info (Swarm.Cluster.TLSInfo.TrustRoot) no és un certificat PEM.</translation>
    </message>
    <message>
        <source>The swarm&apos;s root CA certificate was issued on %1, %2 days before this audit: rotate it (docker swarm ca --rotate) if your policy asks for it.</source>
        <translation>El certificat de la CA arrel del swarm es va emetre el %1, %2 dies abans d&apos;aquesta auditoria: renoveu-lo (docker swarm ca --rotate) si la vostra política ho demana.</translation>
    </message>
    <message>
        <source>The swarm&apos;s root CA certificate was issued on %1, %2 days before this audit.</source>
        <translation>El certificat de la CA arrel del swarm es va emetre el %1, %2 dies abans d&apos;aquesta auditoria.</translation>
    </message>
    <message>
        <source>The swarm&apos;s root CA is rotated</source>
        <translation>La CA arrel del swarm es renova</translation>
    </message>
    <message>
        <source>The swarm&apos;s root CA signs every node certificate: a CA key that has lived for years has had years to leak, and rotating it is how a swarm recovers from a compromised manager.</source>
        <translation>La CA arrel del swarm signa tots els certificats dels nodes: una clau de CA que fa anys que existeix ha tingut anys per filtrar-se, i renovar-la és la manera com un swarm es recupera d&apos;un gestor compromès.</translation>
    </message>
    <message>
        <source>Rotate the root CA with docker swarm ca --rotate as often as your policy asks (CIS leaves the period to you; Escut shows CAs older than a year for review).</source>
        <translation>Renoveu la CA arrel amb docker swarm ca --rotate tan sovint com demani la vostra política (CIS us deixa triar el període; Escut mostra per revisar les CA de més d&apos;un any).</translation>
    </message>
</context>
<context>
    <name>Cis</name>
    <message>
        <source>Whether packages were verified when the image was built leaves no trace in the image or its history.</source>
        <translation>Si els paquets es van verificar en construir la imatge no deixa cap rastre a la imatge ni al seu historial.</translation>
    </message>
    <message>
        <source>Whether an image is pulled again before each use is a working practice: the daemon keeps no record of it.</source>
        <translation>Tornar a baixar una imatge abans de cada ús és una pràctica de treball: el dimoni no en guarda cap registre.</translation>
    </message>
    <message>
        <source>Whether secrets are managed with docker secret is a working practice; the daemon cannot tell what a service&apos;s variables hold.</source>
        <translation>Gestionar els secrets amb docker secret és una pràctica de treball; el dimoni no pot saber què contenen les variables d&apos;un servei.</translation>
    </message>
    <message>
        <source>The daemon does not record when the auto-lock key was last rotated.</source>
        <translation>El dimoni no registra quan es va renovar per última vegada la clau de bloqueig automàtic.</translation>
    </message>
    <message>
        <source>Which interface carries management and which data traffic is set when nodes join (--advertise-addr, --data-path-addr) and is not reported by the daemon.</source>
        <translation>Quina interfície porta el trànsit de gestió i quina el de dades es defineix quan els nodes s&apos;uneixen al swarm (--advertise-addr, --data-path-addr), i el dimoni no n&apos;informa.</translation>
    </message>
</context>
<context>
    <name>CisReport</name>
    <message>
        <source>Not checked by Escut: %1</source>
        <translation>Escut no ho comprova: %1</translation>
    </message>
    <message>
        <source>%1 of %2 results of %3 fail or warn</source>
        <translation>%1 de %2 troballes de %3 són fallades o avisos</translation>
    </message>
    <message>
        <source>Checked by %1: for review</source>
        <translation>Comprovat per %1: cal revisar-ho</translation>
    </message>
    <message>
        <source>Checked by %1</source>
        <translation>Comprovat per %1</translation>
    </message>
    <message>
        <source>Could not be checked here</source>
        <translation>No s&apos;ha pogut comprovar aquí</translation>
    </message>
    <message>
        <source>Checked by %1: nothing to check in this audit</source>
        <translation>Comprovat per %1: no hi ha res a comprovar en aquesta auditoria</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>no comprovat: %1</translation>
    </message>
    <message>
        <source>%1: %2 recommendations, %3 covered by Escut&apos;s checks, %4 not checked.</source>
        <translation>%1: %2 recomanacions, %3 cobertes per les comprovacions d&apos;Escut, %4 sense comprovar.</translation>
    </message>
    <message>
        <source>%1 — audit of %2</source>
        <translation>%1 — auditoria de %2</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>... i %1 més</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Comprovacions: %1</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Puntuació: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>escut-cli: %1</source>
        <translation>escut-cli: %1</translation>
    </message>
    <message>
        <source>Usage: escut-cli &lt;command&gt; [options]</source>
        <translation>Ús: escut-cli &lt;ordre&gt; [opcions]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Ordres:</translation>
    </message>
    <message>
        <source>Audit the Docker host and print the findings</source>
        <translation>Audita l&apos;amfitrió de Docker i mostra les troballes</translation>
    </message>
    <message>
        <source>Save the collected facts to a JSON snapshot</source>
        <translation>Desa les dades recollides en una instantània JSON</translation>
    </message>
    <message>
        <source>List the checks of the catalogue</source>
        <translation>Llista les comprovacions del catàleg</translation>
    </message>
    <message>
        <source>Run &apos;escut-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Executeu &apos;escut-cli &lt;ordre&gt; --help&apos; per veure les opcions d&apos;una ordre.</translation>
    </message>
    <message>
        <source>Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or connection error.</source>
        <translation>Codis de sortida: 0 cap troballa igual o per sobre de --fail-on, 1 hi ha troballes, 2 error d&apos;ús o de connexió.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no s&apos;ha indicat cap ordre</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>ordre desconeguda &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Docker endpoint: unix:///path or tcp://host:port.</source>
        <translation>Punt de connexió de Docker: unix:///camí o tcp://amfitrió:port.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Docker context to use.</source>
        <translation>Context de Docker que cal fer servir.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Only these layers, comma-separated: %1.</source>
        <translation>Només aquestes capes, separades per comes: %1.</translation>
    </message>
    <message>
        <source>LAYER,...</source>
        <translation>CAPA,...</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Escriu a FITXER en lloc de la sortida estàndard.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FITXER</translation>
    </message>
    <message>
        <source>Language of texts: ca, es or en.</source>
        <translation>Idioma dels textos: ca, es o en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>Seconds to wait for each Docker request (default 30).</source>
        <translation>Segons d&apos;espera per a cada petició a Docker (per defecte 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGONS</translation>
    </message>
    <message>
        <source>Audit the Docker host: collect facts, evaluate every check, score each layer.</source>
        <translation>Audita l&apos;amfitrió de Docker: recull les dades, avalua cada comprovació i puntua cada capa.</translation>
    </message>
    <message>
        <source>Evaluate a saved snapshot instead of a live daemon.</source>
        <translation>Avalua una instantània desada en lloc d&apos;un dimoni en execució.</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Format de sortida: text o json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Exit with 1 when a failed check has this severity or higher: info, low, medium, high, critical or none (default high).</source>
        <translation>Surt amb 1 quan una comprovació fallida té aquesta gravetat o més: info, low, medium, high, critical o none (per defecte high).</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVETAT</translation>
    </message>
    <message>
        <source>Text output: list passing checks too.</source>
        <translation>Sortida de text: llista també les comprovacions correctes.</translation>
    </message>
    <message>
        <source>Never use colours.</source>
        <translation>No facis servir mai colors.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inesperat &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--host and --context cannot be used together</source>
        <translation>--host i --context no es poden fer servir alhora</translation>
    </message>
    <message>
        <source>--snapshot cannot be combined with --host or --context</source>
        <translation>--snapshot no es pot combinar amb --host ni amb --context</translation>
    </message>
    <message>
        <source>unknown layer &apos;%1&apos;; valid layers: %2</source>
        <translation>capa desconeguda &apos;%1&apos;; capes vàlides: %2</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; valid formats: text, json</source>
        <translation>format desconegut &apos;%1&apos;; formats vàlids: text, json</translation>
    </message>
    <message>
        <source>unknown severity &apos;%1&apos;; valid: info, low, medium, high, critical, none</source>
        <translation>gravetat desconeguda &apos;%1&apos;; valors vàlids: info, low, medium, high, critical, none</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds</source>
        <translation>--timeout necessita un nombre positiu de segons</translation>
    </message>
    <message>
        <source>%1: %2/%3</source>
        <translation>%1: %2/%3</translation>
    </message>
    <message>
        <source>Collect the facts of the Docker host into a JSON snapshot. &apos;escut-cli audit --snapshot FILE&apos; evaluates it later, with no daemon.</source>
        <translation>Recull les dades de l&apos;amfitrió de Docker en una instantània JSON. &apos;escut-cli audit --snapshot FITXER&apos; l&apos;avalua més endavant, sense dimoni.</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot written to %1 (%n container(s)).</source>
        <translation>
            <numerusform>Instantània desada a %1 (%n contenidor).</numerusform>
            <numerusform>Instantània desada a %1 (%n contenidors).</numerusform>
        </translation>
    </message>
    <message>
        <source>List the checks of the catalogue.</source>
        <translation>Llista les comprovacions del catàleg.</translation>
    </message>
    <message>
        <source>Show rationale and remediation.</source>
        <translation>Mostra la justificació i la correcció.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use ca, es or en.</source>
        <translation>Idioma desconegut &apos;%1&apos;: feu servir ca, es o en.</translation>
    </message>
    <message>
        <source>Reversible fixes. Every apply is a transaction in the journal: originals are backed up, files are written atomically, and &apos;rollback TX&apos; restores them byte for byte.</source>
        <translation>Correccions reversibles. Cada aplicació és una transacció del diari: es desa una còpia dels originals, els fitxers s&apos;escriuen de manera atòmica i &apos;rollback TX&apos; els restaura byte a byte.</translation>
    </message>
    <message>
        <source>Treat DIR as the filesystem root (labs and tests).</source>
        <translation>Tracta DIR com l&apos;arrel del sistema de fitxers (laboratoris i proves).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Apply without asking.</source>
        <translation>Aplica sense preguntar.</translation>
    </message>
    <message>
        <source>Roll back even files changed after the apply.</source>
        <translation>Desfà fins i tot els fitxers modificats després d&apos;aplicar.</translation>
    </message>
    <message>
        <source>checks: %1</source>
        <translation>comprovacions: %1</translation>
    </message>
    <message>
        <source>The journal is empty (%1).</source>
        <translation>El diari és buit (%1).</translation>
    </message>
    <message>
        <source>usage: escut-cli fix rollback TX (see &apos;escut-cli fix journal&apos;)</source>
        <translation>ús: escut-cli fix rollback TX (vegeu &apos;escut-cli fix journal&apos;)</translation>
    </message>
    <message numerus="yes">
        <source>Transaction %1 rolled back: %n file(s) restored.</source>
        <translation>
            <numerusform>S&apos;ha desfet la transacció %1: s&apos;ha restaurat %n fitxer.</numerusform>
            <numerusform>S&apos;ha desfet la transacció %1: s&apos;han restaurat %n fitxers.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing to change, the fix is already in place.</source>
        <translation>%1: no hi ha res a canviar, la correcció ja hi és.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>not applied: confirm with --yes when there is no terminal to ask</source>
        <translation>no s&apos;ha aplicat: confirmeu-ho amb --yes quan no hi ha cap terminal per preguntar</translation>
    </message>
    <message>
        <source>Apply these changes? [y/N] </source>
        <translation>Voleu aplicar aquests canvis? [s/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No s&apos;ha canviat res.</translation>
    </message>
    <message>
        <source>Applied as transaction %1; undo it with: escut-cli fix rollback %1</source>
        <translation>Aplicat com a transacció %1; desfeu-ho amb: escut-cli fix rollback %1</translation>
    </message>
    <message>
        <source>Verification: the fix still finds changes to make; check the files by hand.</source>
        <translation>Verificació: la correcció encara troba canvis per fer; reviseu els fitxers a mà.</translation>
    </message>
    <message>
        <source>The token is in the keychain as &apos;%1&apos;.</source>
        <translation>El token és a l&apos;anell de claus com a &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Harden a Compose file (compose harden FILE [-o OUT | --override])</source>
        <translation>Endureix un fitxer Compose (compose harden FITXER [-o SORTIDA | --override])</translation>
    </message>
    <message>
        <source>Harden a Compose file: no-new-privileges, cap_drop ALL, read-only root with tmpfs, resource limits. Without -o or --override the hardened file is only printed.</source>
        <translation>Endureix un fitxer Compose: no-new-privileges, cap_drop ALL, arrel només de lectura amb tmpfs, límits de recursos. Sense -o ni --override el fitxer endurit només es mostra.</translation>
    </message>
    <message>
        <source>harden FILE</source>
        <translation>harden FITXER</translation>
    </message>
    <message>
        <source>usage: escut-cli compose harden FILE [-o OUT | --override]</source>
        <translation>ús: escut-cli compose harden FITXER [-o SORTIDA | --override]</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avís: %1</translation>
    </message>
    <message>
        <source>Also audit this Compose file (repeatable); files of running Compose projects are found by themselves.</source>
        <translation>Audita també aquest fitxer Compose (es pot repetir); els fitxers dels projectes Compose en execució es troben sols.</translation>
    </message>
    <message>
        <source>fixes change this machine&apos;s files: --host must be a local unix:// socket</source>
        <translation>les correccions canvien fitxers d&apos;aquesta màquina: --host ha de ser un sòcol unix:// local</translation>
    </message>
    <message>
        <source>systemctl is not available here: restart dockerd the way it was started (reload: send it SIGHUP).</source>
        <translation>systemctl no està disponible aquí: reinicieu dockerd de la manera com es va arrencar (per recarregar: envieu-li SIGHUP).</translation>
    </message>
    <message>
        <source>Restarting dockerd stops the running containers unless live-restore is on.</source>
        <translation>Reiniciar dockerd atura els contenidors en execució tret que live-restore estigui activat.</translation>
    </message>
    <message>
        <source>systemctl could not %1 docker: %2</source>
        <translation>systemctl no ha pogut fer %1 de docker: %2</translation>
    </message>
    <message>
        <source>dockerd reloaded its configuration.</source>
        <translation>dockerd ha recarregat la configuració.</translation>
    </message>
    <message>
        <source>dockerd restarted.</source>
        <translation>dockerd s&apos;ha reiniciat.</translation>
    </message>
    <message>
        <source>unknown fix action &apos;%1&apos;; use list, preview ID, apply ID, rollback TX, journal, restart-daemon or reload-daemon</source>
        <translation>acció de correcció desconeguda &apos;%1&apos;; feu servir list, preview ID, apply ID, rollback TX, journal, restart-daemon o reload-daemon</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; valid formats: %2</source>
        <translation>format desconegut «%1»; formats vàlids: %2</translation>
    </message>
    <message>
        <source>List the stored audits</source>
        <translation>Llista les auditories desades</translation>
    </message>
    <message>
        <source>Compare two stored audits: new, fixed and unchanged findings</source>
        <translation>Compara dues auditories desades: troballes noves, corregides i sense canvis</translation>
    </message>
    <message>
        <source>Serve periodic audits as Prometheus metrics on /metrics</source>
        <translation>Serveix auditories periòdiques com a mètriques de Prometheus a /metrics</translation>
    </message>
    <message>
        <source>Do not store this audit in the history.</source>
        <translation>No desis aquesta auditoria a l&apos;historial.</translation>
    </message>
    <message>
        <source>Audit every endpoint listed in FILE (one per line: unix://, tcp:// with TLS options, or a context name), as a fleet.</source>
        <translation>Audita com a flota cada punt de connexió de FITXER (un per línia: unix://, tcp:// amb opcions TLS, o un nom de context).</translation>
    </message>
    <message>
        <source>Fleets: audit at most N endpoints at a time (default 4).</source>
        <translation>Flotes: audita com a màxim N punts de connexió alhora (per defecte 4).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Fleets: write one report per endpoint into DIR, plus the aggregate fleet.&lt;ext&gt;.</source>
        <translation>Flotes: escriu un informe per punt de connexió a DIR, més l&apos;agregat fleet.&lt;ext&gt;.</translation>
    </message>
    <message>
        <source>--output-dir is for fleets (--hosts, or several --host/--context)</source>
        <translation>--output-dir és per a flotes (--hosts, o diversos --host/--context)</translation>
    </message>
    <message>
        <source>--parallel needs a positive number</source>
        <translation>--parallel necessita un nombre positiu</translation>
    </message>
    <message>
        <source>Audit the endpoints every interval and serve the results as Prometheus metrics on /metrics (each series carries an endpoint label). Runs until stopped.</source>
        <translation>Audita els punts de connexió a cada interval i serveix els resultats com a mètriques de Prometheus a /metrics (cada sèrie porta l&apos;etiqueta endpoint). S&apos;executa fins que l&apos;atureu.</translation>
    </message>
    <message>
        <source>Address and port to listen on (default 127.0.0.1:9469).</source>
        <translation>Adreça i port on escoltar (per defecte 127.0.0.1:9469).</translation>
    </message>
    <message>
        <source>ADDRESS:PORT</source>
        <translation>ADREÇA:PORT</translation>
    </message>
    <message>
        <source>Time between audits: 30s, 5m, 1h (default 5m).</source>
        <translation>Temps entre auditories: 30s, 5m, 1h (per defecte 5m).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURADA</translation>
    </message>
    <message>
        <source>Docker endpoint to audit (repeatable).</source>
        <translation>Punt de connexió de Docker que cal auditar (es pot repetir).</translation>
    </message>
    <message>
        <source>Docker context to audit (repeatable).</source>
        <translation>Context de Docker que cal auditar (es pot repetir).</translation>
    </message>
    <message>
        <source>Audit every endpoint listed in FILE.</source>
        <translation>Audita cada punt de connexió llistat a FITXER.</translation>
    </message>
    <message>
        <source>Audit at most N endpoints at a time (default 4).</source>
        <translation>Audita com a màxim N punts de connexió alhora (per defecte 4).</translation>
    </message>
    <message>
        <source>Do not store the audits in the history.</source>
        <translation>No desis les auditories a l&apos;historial.</translation>
    </message>
    <message>
        <source>--listen needs ADDRESS:PORT, such as 127.0.0.1:9469</source>
        <translation>--listen necessita ADREÇA:PORT, com ara 127.0.0.1:9469</translation>
    </message>
    <message>
        <source>--interval needs a duration such as 30s, 5m or 1h</source>
        <translation>--interval necessita una durada com ara 30s, 5m o 1h</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>no es pot escoltar a %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Serving metrics on http://%1:%2/metrics, auditing %n endpoint(s) every %3 s.</source>
        <translation>
            <numerusform>Servint mètriques a http://%1:%2/metrics; s&apos;audita %n punt de connexió cada %3 s.</numerusform>
            <numerusform>Servint mètriques a http://%1:%2/metrics; s&apos;auditen %n punts de connexió cada %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be audited: %2</source>
        <translation>no s&apos;ha pogut auditar %1: %2</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>no es pot crear el directori %1</translation>
    </message>
    <message>
        <source>List the stored audits (newest first): time, endpoint, scores.</source>
        <translation>Llista les auditories desades (la més recent primer): hora, punt de connexió, puntuacions.</translation>
    </message>
    <message>
        <source>Only audits since DATE (2026-11-30, 2026-11-30T12:00:00Z, or 7d, 12h, 30m ago).</source>
        <translation>Només les auditories des de DATA (2026-11-30, 2026-11-30T12:00:00Z, o fa 7d, 12h, 30m).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>Only audits of this endpoint.</source>
        <translation>Només les auditories d&apos;aquest punt de connexió.</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>PUNT</translation>
    </message>
    <message>
        <source>At most N audits.</source>
        <translation>Com a màxim N auditories.</translation>
    </message>
    <message>
        <source>Keep audits for DAYS days (0: forever; default %1), then drop older ones.</source>
        <translation>Conserva les auditories DIES dies (0: per sempre; per defecte %1) i elimina les més antigues.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DIES</translation>
    </message>
    <message>
        <source>--since needs a date such as 2026-11-30 or an age such as 7d</source>
        <translation>--since necessita una data com ara 2026-11-30 o una antiguitat com ara 7d</translation>
    </message>
    <message>
        <source>--limit needs a number</source>
        <translation>--limit necessita un nombre</translation>
    </message>
    <message>
        <source>--retention needs a number of days (0 keeps everything)</source>
        <translation>--retention necessita un nombre de dies (0 ho conserva tot)</translation>
    </message>
    <message numerus="yes">
        <source>History kept for %1 day(s); %n old audit(s) dropped.</source>
        <translation>
            <numerusform>L&apos;historial es conserva %1 dia(es); s&apos;ha eliminat %n auditoria antiga.</numerusform>
            <numerusform>L&apos;historial es conserva %1 dia(es); s&apos;han eliminat %n auditories antigues.</numerusform>
        </translation>
    </message>
    <message>
        <source>No audits stored yet (%1).</source>
        <translation>Encara no hi ha cap auditoria desada (%1).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HORA</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>PUNTS</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>AVÍS</translation>
    </message>
    <message>
        <source>Compare two stored audits: new, fixed and unchanged failed or warned findings. Without A and B, the latest audit and the one before it of the same endpoint. Exits with 1 when there are new findings.</source>
        <translation>Compara dues auditories desades: troballes amb fallada o avís noves, corregides i sense canvis. Sense A i B, la darrera auditoria i l&apos;anterior del mateix punt de connexió. Surt amb 1 quan hi ha troballes noves.</translation>
    </message>
    <message>
        <source>The older audit&apos;s id (see &apos;escut-cli history&apos;).</source>
        <translation>L&apos;identificador de l&apos;auditoria més antiga (vegeu &apos;escut-cli history&apos;).</translation>
    </message>
    <message>
        <source>The newer audit&apos;s id.</source>
        <translation>L&apos;identificador de l&apos;auditoria més recent.</translation>
    </message>
    <message>
        <source>Also list the unchanged findings.</source>
        <translation>Llista també les troballes sense canvis.</translation>
    </message>
    <message>
        <source>usage: escut-cli diff [A B] with audit ids from &apos;escut-cli history&apos;</source>
        <translation>ús: escut-cli diff [A B] amb identificadors d&apos;auditoria de &apos;escut-cli history&apos;</translation>
    </message>
    <message>
        <source>the history needs two audits of the same endpoint to compare</source>
        <translation>l&apos;historial necessita dues auditories del mateix punt de connexió per comparar</translation>
    </message>
    <message>
        <source>audit %1 (%2, %3, score %4)</source>
        <translation>auditoria %1 (%2, %3, puntuació %4)</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
    <message numerus="yes">
        <source>New: %n</source>
        <translation>
            <numerusform>Nous: %n</numerusform>
            <numerusform>Nous: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fixed: %n</source>
        <translation>
            <numerusform>Corregits: %n</numerusform>
            <numerusform>Corregits: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n</source>
        <translation>
            <numerusform>Sense canvis: %n</numerusform>
            <numerusform>Sense canvis: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n (list them with --verbose)</source>
        <translation>
            <numerusform>Sense canvis: %n (llisteu-los amb --verbose)</numerusform>
            <numerusform>Sense canvis: %n (llisteu-los amb --verbose)</numerusform>
        </translation>
    </message>
    <message>
        <source>Security course labs. &apos;start&apos; creates deliberately weak resources labelled escut.lab=ID (own network, files under a sandboxed lab root, never the real /etc/docker); fix them by hand or with &apos;escut-cli fix&apos;; &apos;check&apos; audits again and exits 0 when every goal passes, 1 otherwise; &apos;reset&apos; removes everything the lab&apos;s label marks.</source>
        <translation>Laboratoris per a cursos de seguretat. &apos;start&apos; crea recursos febles a propòsit amb l&apos;etiqueta escut.lab=ID (xarxa pròpia, fitxers sota una arrel de laboratori aïllada, mai el /etc/docker de debò); corregiu-los a mà o amb &apos;escut-cli fix&apos;; &apos;check&apos; torna a auditar i surt amb 0 quan es compleixen tots els objectius, 1 si no; &apos;reset&apos; elimina tot el que porta l&apos;etiqueta del laboratori.</translation>
    </message>
    <message>
        <source>list, show ID, start ID, check ID, solve ID, reset [ID] or export</source>
        <translation>list, show ID, start ID, check ID, solve ID, reset [ID] o export</translation>
    </message>
    <message>
        <source>Output format: text or json (export: html or json).</source>
        <translation>Format de sortida: text o json (export: html o json).</translation>
    </message>
    <message>
        <source>Whose progress to record and export (default: $ESCUT_STUDENT or the login name).</source>
        <translation>De qui es desa i s&apos;exporta el progrés (per defecte: $ESCUT_STUDENT o el nom d&apos;usuari).</translation>
    </message>
    <message>
        <source>seed %1: %2</source>
        <translation>document %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n objectiu</numerusform>
            <numerusform>%n objectius</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; valid formats: html, json</source>
        <translation>format &apos;%1&apos; desconegut; formats vàlids: html, json</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n lab(s): nothing labelled escut.lab remains.</source>
        <translation>
            <numerusform>S&apos;ha restablert %n laboratori: no en queda res amb l&apos;etiqueta escut.lab.</numerusform>
            <numerusform>S&apos;han restablert %n laboratoris: no en queda res amb l&apos;etiqueta escut.lab.</numerusform>
        </translation>
    </message>
    <message>
        <source>no action given: list, show ID, start ID, check ID, solve ID, reset [ID] or export</source>
        <translation>no s&apos;ha indicat cap acció: list, show ID, start ID, check ID, solve ID, reset [ID] o export</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: list, show ID, start ID, check ID, solve ID, reset [ID] or export</source>
        <translation>acció &apos;%1&apos; desconeguda: list, show ID, start ID, check ID, solve ID, reset [ID] o export</translation>
    </message>
    <message>
        <source>&apos;lab %1&apos; needs a lab id (see &apos;escut-cli lab list&apos;)</source>
        <translation>&apos;lab %1&apos; necessita l&apos;identificador d&apos;un laboratori (vegeu &apos;escut-cli lab list&apos;)</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Objectius:</translation>
    </message>
    <message>
        <source>Hints:</source>
        <translation>Pistes:</translation>
    </message>
    <message>
        <source>Starting the lab %1…</source>
        <translation>S&apos;està engegant el laboratori %1…</translation>
    </message>
    <message>
        <source>Lab %1 started in %2 s. Everything it made carries the label escut.lab=%1; its files are under %3.</source>
        <translation>El laboratori %1 s&apos;ha engegat en %2 s. Tot el que ha creat porta l&apos;etiqueta escut.lab=%1; els seus fitxers són a %3.</translation>
    </message>
    <message>
        <source>When you have fixed it: escut-cli lab check %1</source>
        <translation>Quan ho hàgiu corregit: escut-cli lab check %1</translation>
    </message>
    <message>
        <source>Applied the reference solution of %1. Run &apos;escut-cli lab check %1&apos; to see the goals pass.</source>
        <translation>S&apos;ha aplicat la solució de referència de %1. Executeu &apos;escut-cli lab check %1&apos; per veure com es compleixen els objectius.</translation>
    </message>
    <message>
        <source>Lab %1 reset: nothing labelled escut.lab=%1 remains.</source>
        <translation>Laboratori %1 restablert: no queda res amb l&apos;etiqueta escut.lab=%1.</translation>
    </message>
    <message>
        <source>Well done: %1 of %2 goals pass.</source>
        <translation>Molt bé: es compleixen %1 de %2 objectius.</translation>
    </message>
    <message>
        <source>%1 of %2 goals pass.</source>
        <translation>Es compleixen %1 de %2 objectius.</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Pista: %1</translation>
    </message>
    <message>
        <source>DIGEST</source>
        <translation>RESUM</translation>
    </message>
    <message>
        <source>fixes change this machine&apos;s files: the context must use a local unix:// socket</source>
        <translation>les correccions canvien fitxers d&apos;aquesta màquina: el context ha d&apos;usar un sòcol unix:// local</translation>
    </message>
    <message>
        <source>Do not run trivy and dockle on the images (image.vulnerabilities and image.lint are skipped).</source>
        <translation>No executis trivy ni dockle sobre les imatges (image.vulnerabilities i image.lint s&apos;ometen).</translation>
    </message>
    <message>
        <source>Also trust images from this registry or namespace, e.g. ghcr.io/myorg (repeatable; adds to trustedSources in ~/.config/escut/escut.conf).</source>
        <translation>Confia també en les imatges d&apos;aquest registre o espai de noms, p. ex. ghcr.io/myorg (repetible; s&apos;afegeix a trustedSources de ~/.config/escut/escut.conf).</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>FONT</translation>
    </message>
    <message>
        <source>Also audit this Dockerfile (repeatable); those of the Compose files&apos; build: sections are found by themselves.</source>
        <translation>Audita també aquest Dockerfile (es pot repetir); els de les seccions build: dels fitxers Compose es troben sols.</translation>
    </message>
    <message>
        <source>Run the active probes: docker exec sh -c true in each running container and a start of each image without secrets (removed afterwards).</source>
        <translation>Executa les sondes actives: docker exec sh -c true a cada contenidor en execució i una arrencada de cada imatge sense secrets (eliminada després).</translation>
    </message>
    <message>
        <source>--active probes a live daemon; a snapshot already holds the probe results it was taken with</source>
        <translation>--active sondeja un dimoni en viu; una instantània ja conté els resultats de les sondes amb què es va prendre</translation>
    </message>
    <message>
        <source>Also read this Compose file (repeatable).</source>
        <translation>Llegeix també aquest fitxer Compose (es pot repetir).</translation>
    </message>
    <message>
        <source>Also read this Dockerfile (repeatable).</source>
        <translation>Llegeix també aquest Dockerfile (es pot repetir).</translation>
    </message>
    <message>
        <source>Run the active probes and keep their results.</source>
        <translation>Executa les sondes actives i en desa els resultats.</translation>
    </message>
    <message>
        <source>Docker endpoint: unix:///path, tcp://host:port or ssh://user@host.</source>
        <translation>Punt de connexió de Docker: unix:///camí, tcp://amfitrió:port o ssh://usuari@amfitrió.</translation>
    </message>
    <message>
        <source>Cannot write the plan to %1: %2.</source>
        <translation>No es pot escriure el pla a %1: %2.</translation>
    </message>
    <message>
        <source>The plan file %1 does not exist.</source>
        <translation>El fitxer del pla %1 no existeix.</translation>
    </message>
    <message>
        <source>Apply only the plan with this digest (shown by the preview): refuse if anything it was computed from changed.</source>
        <translation>Aplica només el pla amb aquest resum (el que mostra la previsualització): el rebutja si ha canviat res del que s&apos;ha fet servir per calcular-lo.</translation>
    </message>
    <message>
        <source>preview: save the plan to FILE (mode 0600), for escut-fix-helper or &apos;apply --plan&apos;.</source>
        <translation>preview: desa el pla a FITXER (mode 0600), per a escut-fix-helper o &apos;apply --plan&apos;.</translation>
    </message>
    <message>
        <source>apply: apply exactly the plan saved in FILE by &apos;preview --plan-out&apos;.</source>
        <translation>apply: aplica exactament el pla desat a FITXER amb &apos;preview --plan-out&apos;.</translation>
    </message>
    <message>
        <source>Transaction %1 rolled back: the old container is %2 again.</source>
        <translation>S&apos;ha desfet la transacció %1: el contenidor antic torna a ser %2.</translation>
    </message>
    <message>
        <source>usage: escut-cli fix %1 ID (see &apos;escut-cli fix list&apos;), or escut-cli fix apply --plan FILE</source>
        <translation>ús: escut-cli fix %1 ID (vegeu &apos;escut-cli fix list&apos;), o escut-cli fix apply --plan FITXER</translation>
    </message>
    <message>
        <source>the inputs or files changed after the preview (the plan&apos;s digest is %1, the preview&apos;s %2): nothing was applied. Preview the fix again.</source>
        <translation>les entrades o els fitxers han canviat després de la previsualització (el resum del pla és %1 i el de la previsualització, %2): no s&apos;ha aplicat res. Torneu a previsualitzar la correcció.</translation>
    </message>
    <message>
        <source>Plan digest: %1</source>
        <translation>Resum del pla: %1</translation>
    </message>
    <message>
        <source>Plan saved to %1.</source>
        <translation>S&apos;ha desat el pla a %1.</translation>
    </message>
    <message>
        <source>PLANFILE</source>
        <translation>FITXER_PLA</translation>
    </message>
    <message>
        <source>Applying this fix needs root. Save the plan with --plan-out FILE, then run: pkexec %1</source>
        <translation>Aplicar aquesta correcció requereix root. Deseu el pla amb --plan-out FITXER i després executeu: pkexec %1</translation>
    </message>
    <message>
        <source>%1 now runs hardened (the old container is kept, stopped, as %2). Applied as transaction %3; undo it with: escut-cli fix rollback %3</source>
        <translation>%1 ara s&apos;executa endurit (el contenidor antic es conserva, aturat, com a %2). Aplicat com a transacció %3; desfeu-ho amb: escut-cli fix rollback %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--%1 is not an input of %2 (see &apos;escut-cli fix list&apos;).</source>
        <translation>--%1 no és una entrada de %2 (vegeu &apos;escut-cli fix list&apos;).</translation>
    </message>
    <message>
        <source>Seconds all trivy and dockle runs of the audit may take together (default %1); scans that do not fit are reported as not scanned.</source>
        <translation>Segons que poden durar en conjunt totes les execucions de trivy i dockle de l&apos;auditoria (per defecte %1); les anàlisis que no hi caben es mostren com a no analitzades.</translation>
    </message>
    <message>
        <source>--scan-timeout needs a positive number of seconds</source>
        <translation>--scan-timeout necessita un nombre positiu de segons</translation>
    </message>
    <message>
        <source>-o and --output-dir cannot be used together: --output-dir writes the fleet report as fleet.&lt;ext&gt; beside the report of each endpoint</source>
        <translation>-o i --output-dir no es poden fer servir junts: --output-dir escriu l&apos;informe de la flota com a fleet.&lt;ext&gt; al costat de l&apos;informe de cada punt de connexió</translation>
    </message>
    <message>
        <source>List, preview, apply and roll back fixes (list, preview ID, apply ID, rollback TX, journal, restart-daemon, reload-daemon)</source>
        <translation>Llista, previsualitza, aplica i desfà correccions (list, preview ID, apply ID, rollback TX, journal, restart-daemon, reload-daemon)</translation>
    </message>
    <message>
        <source>Security course labs (list, show ID, start ID, check ID, solve ID, reset [ID], export)</source>
        <translation>Laboratoris per a cursos de seguretat (list, show ID, start ID, check ID, solve ID, reset [ID], export)</translation>
    </message>
    <message>
        <source>list, preview ID, apply ID, rollback TX, journal, restart-daemon or reload-daemon</source>
        <translation>list, preview ID, apply ID, rollback TX, journal, restart-daemon o reload-daemon</translation>
    </message>
    <message>
        <source>Output format of list and journal: text or json.</source>
        <translation>Format de sortida de list i journal: text o json.</translation>
    </message>
    <message>
        <source>fix.compose-harden: write the hardened Compose file to FILE (default FILE.hardened.yml next to the original).</source>
        <translation>fix.compose-harden: escriu el fitxer Compose endurit a FITXER (per defecte, FITXER.hardened.yml al costat de l&apos;original).</translation>
    </message>
    <message>
        <source>The local Docker socket (unix:///path) whose daemon the fixes work on: fixes change this machine&apos;s files, so tcp:// and ssh:// are refused.</source>
        <translation>El sòcol local de Docker (unix:///camí) del dimoni sobre el qual actuen les correccions: les correccions canvien fitxers d&apos;aquesta màquina, per això es rebutgen tcp:// i ssh://.</translation>
    </message>
    <message>
        <source>Write the hardened file to FILE through the fix journal, after showing the diff and asking (--yes: without asking).</source>
        <translation>Escriu el fitxer endurit a FITXER a través del diari de correccions, després de mostrar les diferències i preguntar (--yes: sense preguntar).</translation>
    </message>
    <message>
        <source>Print the CIS Docker Benchmark v1.6.0: each recommendation, whether it is Automated or Manual, the checks that cover it, or why none does.</source>
        <translation>Mostra el CIS Docker Benchmark v1.6.0: cada recomanació, si és Automated o Manual, les comprovacions que la cobreixen o per què no la cobreix cap.</translation>
    </message>
    <message>
        <source>Print the CIS Docker Benchmark v1.6.0 with the checks that cover each recommendation</source>
        <translation>Mostra el CIS Docker Benchmark v1.6.0 amb les comprovacions que cobreixen cada recomanació</translation>
    </message>
    <message>
        <source>List the results by the recommendations of a benchmark, in its order: cis-1.6.0 (formats text and dbs-json, docker-bench-security&apos;s JSON log).</source>
        <translation>Llista les troballes segons les recomanacions d&apos;un benchmark, en el seu ordre: cis-1.6.0 (formats text i dbs-json, el registre JSON de docker-bench-security).</translation>
    </message>
    <message>
        <source>BENCHMARK</source>
        <translation>BENCHMARK</translation>
    </message>
    <message>
        <source>With --benchmark: only these CIS recommendations or sections, separated by commas (5,2.1).</source>
        <translation>Amb --benchmark: només aquestes recomanacions o seccions del CIS, separades per comes (5,2.1).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>With --benchmark: leave out these CIS recommendations or sections, separated by commas (5.7,7).</source>
        <translation>Amb --benchmark: deixa fora aquestes recomanacions o seccions del CIS, separades per comes (5.7,7).</translation>
    </message>
    <message>
        <source>unknown benchmark &apos;%1&apos;; valid: %2</source>
        <translation>benchmark desconegut &apos;%1&apos;; valors vàlids: %2</translation>
    </message>
    <message>
        <source>--include and --exclude select CIS recommendations: use them with --benchmark %1</source>
        <translation>--include i --exclude seleccionen recomanacions del CIS: feu-les servir amb --benchmark %1</translation>
    </message>
    <message>
        <source>unknown CIS recommendation or section &apos;%1&apos;; escut-cli cis lists them</source>
        <translation>recomanació o secció del CIS desconeguda &apos;%1&apos;; escut-cli cis les llista</translation>
    </message>
    <message>
        <source>--benchmark lists the results of one endpoint; it cannot be used with a fleet</source>
        <translation>--benchmark llista les troballes d&apos;un sol punt de connexió; no es pot fer servir amb una flota</translation>
    </message>
    <message>
        <source>--benchmark writes text or dbs-json, not &apos;%1&apos;</source>
        <translation>--benchmark escriu text o dbs-json, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Output format: %1 or dbs-json.</source>
        <translation>Format de sortida: %1 o dbs-json.</translation>
    </message>
</context>
<context>
    <name>Collector</name>
    <message>
        <source>The audit was cancelled.</source>
        <translation>S&apos;ha cancel·lat l&apos;auditoria.</translation>
    </message>
    <message>
        <source>Reading the daemon</source>
        <translation>Lectura del dimoni</translation>
    </message>
    <message>
        <source>Inspecting containers</source>
        <translation>Inspecció dels contenidors</translation>
    </message>
    <message>
        <source>Inspecting images</source>
        <translation>Inspecció de les imatges</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No es pot llegir %1: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB.</source>
        <translation>%1 ocupa més de 4 MiB.</translation>
    </message>
    <message>
        <source>Reading the host (updates, firewall, storage)</source>
        <translation>Lectura de l&apos;amfitrió (actualitzacions, tallafoc, emmagatzematge)</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB.</source>
        <translation>%1 fa més d&apos;1 MiB.</translation>
    </message>
    <message>
        <source>The Docker daemon&apos;s container list is not a list.</source>
        <translation>La llista de contenidors del dimoni de Docker no és una llista.</translation>
    </message>
    <message>
        <source>The host&apos;s files were left out of this audit.</source>
        <translation>Aquesta auditoria ha deixat fora els fitxers de l&apos;amfitrió.</translation>
    </message>
    <message>
        <source>The daemon&apos;s listening sockets can only be read on its own host (from /proc): this endpoint is remote.</source>
        <translation>Els sòcols en escolta del dimoni només es poden llegir al seu propi amfitrió (de /proc): aquest punt de connexió és remot.</translation>
    </message>
    <message>
        <source>The containers were left out of this audit.</source>
        <translation>Aquesta auditoria ha deixat fora els contenidors.</translation>
    </message>
</context>
<context>
    <name>ComposeFile</name>
    <message>
        <source>The file is not a YAML mapping.</source>
        <translation>El fitxer no és un mapa YAML.</translation>
    </message>
    <message>
        <source>Not valid YAML (line %1, column %2): %3</source>
        <translation>No és un YAML vàlid (línia %1, columna %2): %3</translation>
    </message>
    <message>
        <source>extends: loops through service %1.</source>
        <translation>extends: fa un bucle pel servei %1.</translation>
    </message>
    <message>
        <source>extends: %1 could not be read.</source>
        <translation>extends: no s&apos;ha pogut llegir %1.</translation>
    </message>
    <message>
        <source>extends: %1 has no service %2.</source>
        <translation>extends: %1 no té cap servei %2.</translation>
    </message>
</context>
<context>
    <name>ComposeHardener</name>
    <message>
        <source>The file has no services: it does not look like a Compose file.</source>
        <translation>El fitxer no té serveis: no sembla un fitxer Compose.</translation>
    </message>
    <message>
        <source>%1 runs privileged: remove privileged: true by hand; cap_drop has no effect while it stays.</source>
        <translation>%1 s&apos;executa en mode privilegiat: traieu privileged: true a mà; cap_drop no té cap efecte mentre hi sigui.</translation>
    </message>
    <message>
        <source>%1: cap_add %2, what this kind of image needs after cap_drop ALL; adjust if the service does not start.</source>
        <translation>%1: cap_add %2, el que aquest tipus d&apos;imatge necessita després de cap_drop ALL; ajusteu-ho si el servei no arrenca.</translation>
    </message>
    <message>
        <source>%1: limits in deploy.resources (Compose file format 3): docker compose applies them; docker-compose 1.x needs --compatibility.</source>
        <translation>%1: límits a deploy.resources (format de fitxer Compose 3): docker compose els aplica; docker-compose 1.x necessita --compatibility.</translation>
    </message>
    <message>
        <source>%1: runtime: runsc is not allowed in Compose file format 3; use format 2.4 or the Compose specification.</source>
        <translation>%1: runtime: runsc no està permès al format de fitxer Compose 3; feu servir el format 2.4 o l&apos;especificació Compose.</translation>
    </message>
    <message>
        <source>%1: an override cannot rebind ports (Compose adds them to the original ones); write a full file with -o to bind them to 127.0.0.1.</source>
        <translation>%1: un fitxer de substitució no pot tornar a lligar els ports (Compose els afegeix als originals); escriviu un fitxer complet amb -o per lligar-los a 127.0.0.1.</translation>
    </message>
    <message>
        <source>%1: a long-syntax port stays as it is; add host_ip: 127.0.0.1 to it by hand (docker compose v2 supports it, docker-compose 1.x does not).</source>
        <translation>%1: un port amb sintaxi llarga queda tal com és; afegiu-hi host_ip: 127.0.0.1 a mà (docker compose v2 ho admet, docker-compose 1.x no).</translation>
    </message>
    <message>
        <source>%1 has no user: it runs as the image&apos;s user (often root); set user: to a non-root UID:GID if the image supports it.</source>
        <translation>%1 no té user: s&apos;executa amb l&apos;usuari de la imatge (sovint root); definiu user: amb un UID:GID no root si la imatge ho admet.</translation>
    </message>
    <message>
        <source>%1 passes secret-looking variables in plain text: %2. Move them to Docker secrets (secrets: and the images&apos; _FILE variables).</source>
        <translation>%1 passa en text pla variables que semblen secrets: %2. Passeu-les a Docker Secrets (secrets: i les variables _FILE de les imatges).</translation>
    </message>
    <message>
        <source>The full file is written again from its parsed form: comments and anchors are not kept (merge keys are). Prefer --override to leave the original untouched.</source>
        <translation>El fitxer complet es torna a escriure a partir de la seva forma analitzada: no es conserven els comentaris ni les àncores (sí les claus de fusió). Millor --override per no tocar l&apos;original.</translation>
    </message>
    <message>
        <source>Neither docker-compose nor docker compose is installed: the result was not validated. Install docker-compose to validate it.</source>
        <translation>No hi ha instal·lat ni docker-compose ni docker compose: el resultat no s&apos;ha validat. Instal·leu docker-compose per validar-lo.</translation>
    </message>
    <message>
        <source>%1: %2 moved to Docker secrets (files under ./secrets, mode 0600); the service reads them through the _FILE variables, which the official images (postgres, mysql, mariadb, wordpress) understand.</source>
        <translation>%1: %2 s&apos;han passat a Docker Secrets (fitxers a ./secrets, mode 0600); el servei els llegeix amb les variables _FILE, que entenen les imatges oficials (postgres, mysql, mariadb, wordpress).</translation>
    </message>
    <message>
        <source>%1: secrets cannot be moved here (an override cannot remove variables, and Compose file formats before 3.1 have no secrets).</source>
        <translation>%1: aquí no es poden moure els secrets (un fitxer de substitució no pot treure variables, i els formats de Compose anteriors al 3.1 no tenen secrets).</translation>
    </message>
    <message>
        <source>The Compose file cannot be hardened: %1</source>
        <translation>No es pot endurir el fitxer Compose: %1</translation>
    </message>
    <message>
        <source>The Compose file cannot be hardened (line %1): %2</source>
        <translation>No es pot endurir el fitxer Compose (línia %1): %2</translation>
    </message>
</context>
<context>
    <name>ContainerProcesses</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No es pot llegir %1: %2</translation>
    </message>
    <message>
        <source>its main process (pid %1) is not visible in %2</source>
        <translation>el seu procés principal (pid %1) no és visible a %2</translation>
    </message>
    <message>
        <source>the daemon&apos;s process list has no command column</source>
        <translation>la llista de processos del dimoni no té columna d&apos;ordre</translation>
    </message>
    <message>
        <source>the daemon did not list its processes: %1</source>
        <translation>el dimoni no n&apos;ha llistat els processos: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancel·lat</translation>
    </message>
</context>
<context>
    <name>DaemonListeners</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No es pot llegir %1: %2</translation>
    </message>
</context>
<context>
    <name>DaemonPeer</name>
    <message>
        <source>&apos;%1&apos; is not a unix socket path.</source>
        <translation>&apos;%1&apos; no és un camí de sòcol unix.</translation>
    </message>
    <message>
        <source>Cannot connect to %1 to identify the daemon (%2).</source>
        <translation>No es pot connectar a %1 per identificar el dimoni (%2).</translation>
    </message>
    <message>
        <source>The peer of %1 cannot be identified.</source>
        <translation>No es pot identificar el procés de l&apos;altre extrem de %1.</translation>
    </message>
    <message>
        <source>The process listening on %1 (pid %2) runs as uid %3, neither root nor the owner of the socket: it is not taken as the Docker daemon.</source>
        <translation>El procés que escolta a %1 (pid %2) s&apos;executa amb l&apos;uid %3, que no és root ni el propietari del sòcol: no es considera el dimoni de Docker.</translation>
    </message>
    <message>
        <source>The daemon behind %1 (pid %2) exited while it was identified.</source>
        <translation>El dimoni que hi ha darrere de %1 (pid %2) ha acabat mentre s&apos;identificava.</translation>
    </message>
    <message>
        <source>The command line of the daemon behind %1 (pid %2) cannot be read.</source>
        <translation>No es pot llegir la línia d&apos;ordres del dimoni que hi ha darrere de %1 (pid %2).</translation>
    </message>
</context>
<context>
    <name>DockerClient</name>
    <message>
        <source>The TLS connection to %1 failed. Check that DOCKER_CERT_PATH holds the right ca.pem, cert.pem and key.pem for this daemon.</source>
        <translation>La connexió TLS amb %1 ha fallat. Comproveu que DOCKER_CERT_PATH conté els ca.pem, cert.pem i key.pem correctes per a aquest dimoni.</translation>
    </message>
    <message>
        <source>Permission denied on the Docker socket %1: your user cannot open it. Run with sudo, or add your user to the &apos;docker&apos; group (membership of that group is equivalent to root on this host).</source>
        <translation>Permís denegat al sòcol de Docker %1: el vostre usuari no el pot obrir. Executeu-ho amb sudo, o afegiu l&apos;usuari al grup &apos;docker&apos; (pertànyer a aquest grup equival a ser root en aquest amfitrió).</translation>
    </message>
    <message>
        <source>Cannot connect to the Docker daemon at %1: the socket does not exist. Is dockerd running? Start it with &apos;sudo systemctl start docker&apos;.</source>
        <translation>No es pot connectar amb el dimoni de Docker a %1: el sòcol no existeix. S&apos;està executant dockerd? Arrenqueu-lo amb &apos;sudo systemctl start docker&apos;.</translation>
    </message>
    <message>
        <source>Cannot connect to the Docker daemon at %1: the socket exists but nothing answers (a stale socket). Is dockerd running? Start it with &apos;sudo systemctl start docker&apos;.</source>
        <translation>No es pot connectar amb el dimoni de Docker a %1: el sòcol existeix però no respon ningú (un sòcol obsolet). S&apos;està executant dockerd? Arrenqueu-lo amb &apos;sudo systemctl start docker&apos;.</translation>
    </message>
    <message>
        <source>Cannot connect to the Docker daemon at %1. Check the address and port, and that the daemon listens there.</source>
        <translation>No es pot connectar amb el dimoni de Docker a %1. Comproveu l&apos;adreça i el port, i que el dimoni hi escolti.</translation>
    </message>
    <message>
        <source>Cannot initialise the HTTP library (libcurl).</source>
        <translation>No es pot inicialitzar la biblioteca HTTP (libcurl).</translation>
    </message>
    <message>
        <source>The Docker daemon sent more than %1 MiB for %2; Escut stopped reading it.</source>
        <translation>El dimoni de Docker ha enviat més de %1 MiB per a %2; Escut ha deixat de llegir.</translation>
    </message>
    <message>
        <source>The endpoint %1 answered /_ping with HTTP %2: it does not look like a Docker daemon.</source>
        <translation>El punt de connexió %1 ha respost /_ping amb HTTP %2: no sembla un dimoni de Docker.</translation>
    </message>
    <message>
        <source>The Docker daemon at %1 speaks API %2; Escut needs at least %3. Upgrade Docker.</source>
        <translation>El dimoni de Docker a %1 parla l&apos;API %2; Escut necessita com a mínim la %3. Actualitzeu Docker.</translation>
    </message>
    <message>
        <source>The Docker daemon refused %1 with HTTP %2: %3</source>
        <translation>El dimoni de Docker ha rebutjat %1 amb HTTP %2: %3</translation>
    </message>
    <message>
        <source>The Docker daemon sent invalid JSON for %1: %2</source>
        <translation>El dimoni de Docker ha enviat un JSON no vàlid per a %1: %2</translation>
    </message>
    <message>
        <source>The Docker daemon refused the event stream with HTTP %1.</source>
        <translation>El dimoni de Docker ha rebutjat el flux d&apos;esdeveniments amb HTTP %1.</translation>
    </message>
    <message>
        <source>The Docker daemon at %1 did not accept the connection within the connect timeout of %2 s. Check that the host is reachable and that no firewall drops the traffic.</source>
        <translation>El dimoni de Docker a %1 no ha acceptat la connexió dins del temps límit de connexió de %2 s. Comproveu que l&apos;amfitrió és accessible i que cap tallafoc no bloqueja el trànsit.</translation>
    </message>
    <message>
        <source>The Docker daemon at %1 did not answer %2 within the request timeout of %3 s. It may be overloaded or hung; try again or raise --timeout.</source>
        <translation>El dimoni de Docker a %1 no ha respost %2 dins del temps límit de petició de %3 s. Pot estar sobrecarregat o penjat; torneu-ho a provar o augmenteu --timeout.</translation>
    </message>
    <message>
        <source>The connection to the Docker daemon at %1 broke off before a complete answer arrived. Check that the daemon is healthy (for example with &apos;systemctl status docker&apos;) and try again.</source>
        <translation>La connexió amb el dimoni de Docker a %1 s&apos;ha tallat abans de rebre una resposta completa. Comproveu que el dimoni funciona bé (per exemple amb &apos;systemctl status docker&apos;) i torneu-ho a provar.</translation>
    </message>
    <message>
        <source>The Docker daemon refused %1 with HTTP %2 and gave no reason.</source>
        <translation>El dimoni de Docker ha rebutjat %1 amb HTTP %2 sense donar cap motiu.</translation>
    </message>
    <message>
        <source>The Docker daemon&apos;s answers in progress together passed %1 MiB while it sent %2; Escut stopped reading it.</source>
        <translation>Les respostes en curs del dimoni de Docker han superat en conjunt %1 MiB mentre enviava %2; Escut n&apos;ha deixat de llegir.</translation>
    </message>
    <message>
        <source>The Docker daemon at %1 only speaks TLS. Set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH to the directory with its ca.pem, cert.pem and key.pem (or use a docker context that has them).</source>
        <translation>El dimoni de Docker de %1 només accepta TLS. Definiu DOCKER_TLS_VERIFY=1 i DOCKER_CERT_PATH amb el directori on hi ha els seus ca.pem, cert.pem i key.pem (o feu servir un context de docker que els tingui).</translation>
    </message>
    <message>
        <source>The endpoint %1 did not answer in HTTP: it does not look like a Docker daemon. Check the address.</source>
        <translation>El punt de connexió %1 no ha respost en HTTP: no sembla un dimoni de Docker. Comproveu l&apos;adreça.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancel·lat.</translation>
    </message>
    <message numerus="yes">
        <source>The Docker daemon did not send all of %1 within %n second(s).</source>
        <translation>
            <numerusform>El dimoni de Docker no ha enviat tot %1 en %n segon.</numerusform>
            <numerusform>El dimoni de Docker no ha enviat tot %1 en %n segons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DockerTrust</name>
    <message>
        <source>docker trust inspect printed JSON that is not a list of repositories.</source>
        <translation>docker trust inspect ha imprès un JSON que no és una llista de repositoris.</translation>
    </message>
    <message>
        <source>docker trust inspect %1 failed with exit code %2.</source>
        <translation>docker trust inspect %1 ha fallat amb el codi de sortida %2.</translation>
    </message>
    <message>
        <source>The docker CLI is not installed, so Escut cannot read Docker Content Trust data (docker trust inspect); install it with: apt-get install docker.io</source>
        <translation>La CLI de docker no està instal·lada, així que Escut no pot llegir les dades de Docker Content Trust (docker trust inspect); instal·leu-la amb: apt-get install docker.io</translation>
    </message>
</context>
<context>
    <name>Dockerfile</name>
    <message>
        <source>invalid escape character %1: use \ or `</source>
        <translation>caràcter d&apos;escapament %1 no vàlid: feu servir \ o `</translation>
    </message>
    <message>
        <source>the heredoc %1 is never closed</source>
        <translation>el heredoc %1 no es tanca mai</translation>
    </message>
    <message>
        <source>unknown instruction %1</source>
        <translation>instrucció desconeguda %1</translation>
    </message>
    <message>
        <source>FROM without an image</source>
        <translation>FROM sense imatge</translation>
    </message>
    <message>
        <source>%1 before the first FROM: only ARG may come first</source>
        <translation>%1 abans del primer FROM: només ARG pot anar primer</translation>
    </message>
    <message>
        <source>no FROM instruction</source>
        <translation>cap instrucció FROM</translation>
    </message>
</context>
<context>
    <name>Dockle</name>
    <message>
        <source>dockle printed JSON without a &quot;summary&quot;: it is not a dockle JSON report.</source>
        <translation>dockle ha imprès un JSON sense &quot;summary&quot;: no és un informe JSON de dockle.</translation>
    </message>
    <message>
        <source>dockle is not installed: install the .deb of a release from https://github.com/goodwithtech/dockle/releases (apt-get install ./dockle_*.deb), then audit again.</source>
        <translation>dockle no està instal·lat: instal·leu el .deb d&apos;una versió de https://github.com/goodwithtech/dockle/releases (apt-get install ./dockle_*.deb) i torneu a auditar.</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>%1 (context %2)</source>
        <translation>%1 (context %2)</translation>
    </message>
    <message>
        <source>--host option</source>
        <translation>opció --host</translation>
    </message>
    <message>
        <source>DOCKER_HOST</source>
        <translation>DOCKER_HOST</translation>
    </message>
    <message>
        <source>Docker context</source>
        <translation>context de Docker</translation>
    </message>
    <message>
        <source>rootless socket</source>
        <translation>sòcol rootless</translation>
    </message>
    <message>
        <source>default socket</source>
        <translation>sòcol per defecte</translation>
    </message>
    <message>
        <source>saved snapshot</source>
        <translation>instantània desada</translation>
    </message>
    <message>
        <source>The Docker host &apos;%1&apos; names no socket path.</source>
        <translation>L&apos;amfitrió de Docker &apos;%1&apos; no indica cap camí de sòcol.</translation>
    </message>
    <message>
        <source>The Docker host &apos;%1&apos; cannot be reached from here.</source>
        <translation>No es pot arribar a l&apos;amfitrió de Docker &apos;%1&apos; des d&apos;aquí.</translation>
    </message>
    <message>
        <source>The Docker context &apos;%1&apos; does not exist (no %2). List the contexts with &apos;docker context ls&apos;.</source>
        <translation>El context de Docker &apos;%1&apos; no existeix (no hi ha %2). Llisteu els contextos amb &apos;docker context ls&apos;.</translation>
    </message>
    <message>
        <source>The Docker configuration file %1 is not valid JSON, so the current Docker context is unknown. Fix or remove the file, or choose the daemon with --host.</source>
        <translation>El fitxer de configuració de Docker %1 no és un JSON vàlid, així que no se sap quin és el context de Docker actual. Corregiu o elimineu el fitxer, o trieu el dimoni amb --host.</translation>
    </message>
    <message>
        <source>The Docker context file %1 is not valid JSON. Repair it, or remove the context &apos;%2&apos; and create it again with &apos;docker context create&apos;.</source>
        <translation>El fitxer de context de Docker %1 no és un JSON vàlid. Repareu-lo, o elimineu el context &apos;%2&apos; i torneu-lo a crear amb &apos;docker context create&apos;.</translation>
    </message>
    <message>
        <source>The Docker context &apos;%1&apos; has no Docker endpoint (%2). Create it again with &apos;docker context create&apos;, or choose the daemon with --host.</source>
        <translation>El context de Docker &apos;%1&apos; no té cap punt de connexió de Docker (%2). Torneu-lo a crear amb &apos;docker context create&apos;, o trieu el dimoni amb --host.</translation>
    </message>
    <message>
        <source>Cannot understand the Docker host &apos;%1&apos;: %2 Use ssh://user@host or ssh://user@host:port.</source>
        <translation>No s&apos;entén l&apos;amfitrió de Docker &apos;%1&apos;: %2 Feu servir ssh://usuari@amfitrió o ssh://usuari@amfitrió:port.</translation>
    </message>
    <message>
        <source>it is not a valid URL.</source>
        <translation>no és un URL vàlid.</translation>
    </message>
    <message>
        <source>ssh:// takes no password (use a key or ssh-agent).</source>
        <translation>ssh:// no admet cap contrasenya (feu servir una clau o ssh-agent).</translation>
    </message>
    <message>
        <source>ssh:// takes no query or fragment.</source>
        <translation>ssh:// no admet cap consulta ni fragment.</translation>
    </message>
    <message>
        <source>it names no host.</source>
        <translation>no indica cap amfitrió.</translation>
    </message>
    <message>
        <source>the user name is not valid.</source>
        <translation>el nom d&apos;usuari no és vàlid.</translation>
    </message>
    <message>
        <source>Unknown Docker host scheme in &apos;%1&apos;: use unix:///path, tcp://host:port or ssh://user@host.</source>
        <translation>Esquema d&apos;amfitrió de Docker desconegut a &apos;%1&apos;: feu servir unix:///camí, tcp://amfitrió:port o ssh://usuari@amfitrió.</translation>
    </message>
    <message>
        <source>Cannot understand the Docker host &apos;%1&apos;: use unix:///path, tcp://host:port or ssh://user@host.</source>
        <translation>No s&apos;entén l&apos;amfitrió de Docker &apos;%1&apos;: feu servir unix:///camí, tcp://amfitrió:port o ssh://usuari@amfitrió.</translation>
    </message>
    <message>
        <source>DOCKER_CERT_PATH names %1, which is not a directory: it must hold the ca.pem, cert.pem and key.pem of the daemon at %2.</source>
        <translation>DOCKER_CERT_PATH indica %1, que no és un directori: hi ha d&apos;haver els ca.pem, cert.pem i key.pem del dimoni de %2.</translation>
    </message>
</context>
<context>
    <name>ExecHistory</name>
    <message>
        <source>The daemon does not report its clock (GET /info SystemTime), which reading its event log needs.</source>
        <translation>El dimoni no informa del seu rellotge (GET /info SystemTime), que cal per llegir-ne el registre d&apos;esdeveniments.</translation>
    </message>
    <message>
        <source>The audit log is on the Docker host; this endpoint is not local.</source>
        <translation>El registre d&apos;auditoria és a l&apos;amfitrió de Docker; aquest punt de connexió no és local.</translation>
    </message>
    <message>
        <source>It does not exist: auditd is not installed or does not log to it.</source>
        <translation>No existeix: auditd no està instal·lat o no hi escriu.</translation>
    </message>
</context>
<context>
    <name>FileRead</name>
    <message>
        <source>not a regular file</source>
        <translation>no és un fitxer normal</translation>
    </message>
    <message>
        <source>larger than %1 MiB</source>
        <translation>ocupa més de %1 MiB</translation>
    </message>
</context>
<context>
    <name>FileWrite</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No es pot escriure %1: %2.</translation>
    </message>
</context>
<context>
    <name>FixHelper</name>
    <message>
        <source>--digest takes the 64 hex digits the preview showed.</source>
        <translation>--digest espera els 64 dígits hexadecimals que ha mostrat la previsualització.</translation>
    </message>
    <message>
        <source>The plan file %1 does not exist.</source>
        <translation>El fitxer del pla %1 no existeix.</translation>
    </message>
    <message>
        <source>The plan file is not the plan that was previewed (digest %1, expected %2): nothing was changed.</source>
        <translation>El fitxer del pla no és el pla que s&apos;ha previsualitzat (resum %1, s&apos;esperava %2): no s&apos;ha canviat res.</translation>
    </message>
    <message>
        <source>Applied as transaction %1; undo it with: escut-fix-helper rollback %1</source>
        <translation>Aplicat com a transacció %1; desfeu-ho amb: escut-fix-helper rollback %1</translation>
    </message>
    <message>
        <source>Transaction %1 was applied for another user: nothing was rolled back.</source>
        <translation>La transacció %1 es va aplicar per a un altre usuari: no s&apos;ha desfet res.</translation>
    </message>
    <message numerus="yes">
        <source>Transaction %1 rolled back: %n file(s) restored.</source>
        <translation>
            <numerusform>S&apos;ha desfet la transacció %1: s&apos;ha restaurat %n fitxer.</numerusform>
            <numerusform>S&apos;ha desfet la transacció %1: s&apos;han restaurat %n fitxers.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: escut-fix-helper apply --digest DIGEST [--format json] PLANFILE | rollback [--force] [--format json] TX</source>
        <translation>ús: escut-fix-helper apply --digest RESUM [--format json] FITXER_PLA | rollback [--force] [--format json] TX</translation>
    </message>
</context>
<context>
    <name>FixInput</name>
    <message>
        <source>FILE</source>
        <translation>FITXER</translation>
    </message>
    <message>
        <source>Compose file:</source>
        <translation>Fitxer Compose:</translation>
    </message>
    <message>
        <source>The Compose file to harden.</source>
        <translation>El fitxer Compose que cal endurir.</translation>
    </message>
    <message>
        <source>Write an override file next to it (the original stays untouched)</source>
        <translation>Escriu un fitxer de substitució al costat (l&apos;original queda intacte)</translation>
    </message>
    <message>
        <source>Write only the additions to FILE.escut.yml next to FILE; FILE stays untouched.</source>
        <translation>Escriu només les addicions a FITXER.escut.yml al costat de FITXER; FITXER no es toca.</translation>
    </message>
    <message>
        <source>New file:</source>
        <translation>Fitxer nou:</translation>
    </message>
    <message>
        <source>The new full file (default FILE.hardened.yml next to the original).</source>
        <translation>El nou fitxer complet (per defecte FITXER.hardened.yml al costat de l&apos;original).</translation>
    </message>
    <message>
        <source>Publish ports on 127.0.0.1 only (full file)</source>
        <translation>Publica els ports només a 127.0.0.1 (fitxer complet)</translation>
    </message>
    <message>
        <source>Publish the ports on 127.0.0.1 only (full file).</source>
        <translation>Publica els ports només a 127.0.0.1 (fitxer complet).</translation>
    </message>
    <message>
        <source>Move secret-looking variables to Docker secrets (full file)</source>
        <translation>Mou les variables que semblen secrets a secrets de Docker (fitxer complet)</translation>
    </message>
    <message>
        <source>Full file: move secret-looking variables to Docker secrets (NAME_FILE).</source>
        <translation>Fitxer complet: passa les variables que semblen secrets a secrets de Docker (NOM_FILE).</translation>
    </message>
    <message>
        <source>Run the services under gVisor (runtime: runsc)</source>
        <translation>Executa els serveis amb gVisor (runtime: runsc)</translation>
    </message>
    <message>
        <source>Run the services under gVisor (runtime: runsc).</source>
        <translation>Executa els serveis amb gVisor (runtime: runsc).</translation>
    </message>
    <message>
        <source>SERVICE=CAP,…</source>
        <translation>SERVEI=CAP,…</translation>
    </message>
    <message>
        <source>Capabilities to add back after cap_drop ALL</source>
        <translation>Capabilities que es tornen a afegir després de cap_drop ALL</translation>
    </message>
    <message>
        <source>Capabilities SERVICE gets back after cap_drop ALL, instead of the documented table (repeatable; SERVICE= for none).</source>
        <translation>Capabilities que SERVEI recupera després de cap_drop ALL, en lloc de la taula documentada (repetible; SERVEI= per a cap).</translation>
    </message>
    <message>
        <source>Shell start file:</source>
        <translation>Fitxer d&apos;inici de l&apos;intèrpret:</translation>
    </message>
    <message>
        <source>The shell start file to edit (default ~/.bashrc).</source>
        <translation>El fitxer d&apos;inici de l&apos;intèrpret d&apos;ordres que cal editar (per defecte ~/.bashrc).</translation>
    </message>
    <message>
        <source>Also enable userns-remap (read the warning in the preview)</source>
        <translation>Activa també userns-remap (llegiu l&apos;avís de la previsualització)</translation>
    </message>
    <message>
        <source>Also enable userns-remap (read the warning in the preview).</source>
        <translation>Activa també userns-remap (llegiu l&apos;avís de la previsualització).</translation>
    </message>
    <message>
        <source>Dockerfile:</source>
        <translation>Dockerfile:</translation>
    </message>
    <message>
        <source>The Dockerfile to fix.</source>
        <translation>El Dockerfile que cal corregir.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Container:</source>
        <translation>Contenidor:</translation>
    </message>
    <message>
        <source>The container (name or id).</source>
        <translation>El contenidor (nom o identificador).</translation>
    </message>
    <message>
        <source>Recreate the container hardened (the old one is kept, stopped)</source>
        <translation>Recrea el contenidor endurit (l&apos;antic es conserva, aturat)</translation>
    </message>
    <message>
        <source>Applying replaces the container by its hardened twin; rolling back brings the old one back.</source>
        <translation>En aplicar-ho, el contenidor se substitueix pel seu bessó endurit; en desfer-ho, torna l&apos;antic.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGONS</translation>
    </message>
    <message>
        <source>Grace period to stop it (s):</source>
        <translation>Temps de gràcia per aturar-lo (s):</translation>
    </message>
    <message>
        <source>Seconds the old container gets to stop (default 10).</source>
        <translation>Segons que té el contenidor antic per aturar-se (per defecte 10).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Output directory:</source>
        <translation>Directori de sortida:</translation>
    </message>
    <message>
        <source>The project directory.</source>
        <translation>El directori del projecte.</translation>
    </message>
    <message>
        <source>Secret name:</source>
        <translation>Nom del secret:</translation>
    </message>
    <message>
        <source>The Docker secret&apos;s name.</source>
        <translation>El nom del secret de Docker.</translation>
    </message>
    <message>
        <source>Compose service:</source>
        <translation>Servei de Compose:</translation>
    </message>
    <message>
        <source>The Compose service to gate.</source>
        <translation>El servei de Compose que cal protegir.</translation>
    </message>
</context>
<context>
    <name>FixOperation</name>
    <message>
        <source>%1 takes no input &apos;%2&apos;.</source>
        <translation>%1 no admet l&apos;entrada &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 needs %2: %3</source>
        <translation>%1 necessita %2: %3</translation>
    </message>
    <message>
        <source>%1 and %2 cannot be used together.</source>
        <translation>%1 i %2 no es poden fer servir alhora.</translation>
    </message>
    <message>
        <source>%1 takes one value.</source>
        <translation>%1 admet un sol valor.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 may use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only (got &apos;%2&apos;).</source>
        <translation>%1 només pot tenir lletres, xifres, &apos;.&apos;, &apos;_&apos; i &apos;-&apos; (s&apos;ha rebut &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>%1 takes a whole number from %2 to %3 (got &apos;%4&apos;).</source>
        <translation>%1 espera un nombre enter de %2 a %3 (s&apos;ha rebut &apos;%4&apos;).</translation>
    </message>
    <message>
        <source>%1 takes a container&apos;s name or id (got &apos;%2&apos;).</source>
        <translation>%1 espera el nom o l&apos;identificador d&apos;un contenidor (s&apos;ha rebut &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>%1 takes SERVICE=CAP,CAP (got &apos;%2&apos;).</source>
        <translation>%1 espera SERVEI=CAP,CAP (s&apos;ha rebut &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>%1 is a switch: it takes 1 or 0, not &apos;%2&apos;.</source>
        <translation>%1 és un interruptor: pren 1 o 0, no «%2».</translation>
    </message>
</context>
<context>
    <name>Fleet</name>
    <message>
        <source>Cannot read the hosts file %1: %2</source>
        <translation>No es pot llegir el fitxer d&apos;amfitrions %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: a Docker context name takes no options (its TLS material is in the context).</source>
        <translation>%1, línia %2: un nom de context de Docker no admet opcions (el material TLS és al context).</translation>
    </message>
    <message>
        <source>%1, line %2: unknown option &apos;%3&apos; (use tlsverify, certs=DIR, ca=, cert=, key=).</source>
        <translation>%1, línia %2: opció desconeguda &apos;%3&apos; (useu tlsverify, certs=DIR, ca=, cert=, key=).</translation>
    </message>
    <message>
        <source>The TLS file %1 of %2 does not exist.</source>
        <translation>El fitxer TLS %1 de %2 no existeix.</translation>
    </message>
    <message>
        <source>The hosts file %1 names no endpoint.</source>
        <translation>El fitxer d&apos;amfitrions %1 no esmenta cap punt de connexió.</translation>
    </message>
    <message>
        <source>%1, line %2: an ssh:// endpoint takes no options (ssh reads its keys, ports and host keys from ~/.ssh).</source>
        <translation>%1, línia %2: un punt de connexió ssh:// no admet opcions (ssh llegeix les claus, els ports i les claus d&apos;amfitrió de ~/.ssh).</translation>
    </message>
</context>
<context>
    <name>FleetReport</name>
    <message numerus="yes">
        <source>Fleet: %n endpoint(s)</source>
        <translation>
            <numerusform>Flota: %n punt de connexió</numerusform>
            <numerusform>Flota: %n punts de connexió</numerusform>
        </translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>inaccessible: %1</translation>
    </message>
    <message>
        <source>score %1, %2 failed, %3 warned</source>
        <translation>puntuació %1, %2 fallades, %3 avisos</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The history database %1 is locked by another program; this audit was not stored (try again when the other Escut has finished).</source>
        <translation>La base de dades de l&apos;historial %1 està bloquejada per un altre programa; aquesta auditoria no s&apos;ha desat (torneu-ho a provar quan l&apos;altre Escut hagi acabat).</translation>
    </message>
    <message>
        <source>The history database %1 is damaged; move it aside and Escut starts a new one.</source>
        <translation>La base de dades de l&apos;historial %1 està malmesa; moveu-la a un altre lloc i Escut en començarà una de nova.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used.</source>
        <translation>No es pot fer servir la base de dades de l&apos;historial %1.</translation>
    </message>
    <message>
        <source>Cannot create the directory of the history database %1.</source>
        <translation>No es pot crear el directori de la base de dades de l&apos;historial %1.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing (install libqt6sql6-sqlite); audits are not stored.</source>
        <translation>Falta el controlador SQLite de Qt (instal·leu libqt6sql6-sqlite); les auditories no es desen.</translation>
    </message>
    <message>
        <source>The history database %1 was written by a newer Escut (schema %2, this one knows %3).</source>
        <translation>La base de dades de l&apos;historial %1 l&apos;ha escrit un Escut més nou (esquema %2; aquest coneix el %3).</translation>
    </message>
    <message>
        <source>There is no audit %1 in the history (see &apos;escut-cli history&apos;).</source>
        <translation>No hi ha cap auditoria %1 a l&apos;historial (vegeu &apos;escut-cli history&apos;).</translation>
    </message>
    <message>
        <source>The findings of audit %1 in the history database %2 cannot be read.</source>
        <translation>No es poden llegir les troballes de l&apos;auditoria %1 de la base de dades d&apos;historial %2.</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Codificació: %1</translation>
    </message>
</context>
<context>
    <name>HostParsers</name>
    <message>
        <source>nft printed no JSON ruleset.</source>
        <translation>nft no ha mostrat cap conjunt de regles JSON.</translation>
    </message>
    <message>
        <source>aa-status printed no JSON profile list.</source>
        <translation>aa-status no ha mostrat cap llista de perfils JSON.</translation>
    </message>
</context>
<context>
    <name>HostProbe</name>
    <message>
        <source>permission denied</source>
        <translation>permís denegat</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no s&apos;ha trobat</translation>
    </message>
    <message>
        <source>file larger than %1 bytes</source>
        <translation>fitxer de més de %1 bytes</translation>
    </message>
    <message>
        <source>no PEM certificate in it</source>
        <translation>no conté cap certificat PEM</translation>
    </message>
    <message>
        <source>%1 has more than %2 registry directories or more than %3 files in one: only the first ones, in name order, were checked.</source>
        <translation>%1 té més de %2 directoris de registre o més de %3 fitxers en un d&apos;ells: només s&apos;han comprovat els primers, per ordre de nom.</translation>
    </message>
    <message>
        <source>The daemon&apos;s process is not visible in /proc to this user: its listening sockets were not read.</source>
        <translation>Aquest usuari no veu el procés del dimoni a /proc: no se n&apos;han llegit els sòcols en escolta.</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>not scored</source>
        <translation>sense puntuació</translation>
    </message>
    <message>
        <source>Score per layer</source>
        <translation>Puntuació per capa</translation>
    </message>
    <message>
        <source>Findings by status</source>
        <translation>Troballes per estat</translation>
    </message>
    <message>
        <source>%1 passed, %2 warned, %3 failed, %4 informational, %5 not evaluated</source>
        <translation>%1 correctes, %2 avisos, %3 fallades, %4 informatius, %5 sense avaluar</translation>
    </message>
    <message>
        <source>Escut security report: %1</source>
        <translation>Informe de seguretat d&apos;Escut: %1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Punt de connexió: %1</translation>
    </message>
    <message>
        <source>Docker %1 (API %2) on %3</source>
        <translation>Docker %1 (API %2) a %3</translation>
    </message>
    <message>
        <source>Audited: %1</source>
        <translation>Auditat: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resum</translation>
    </message>
    <message>
        <source>%1/100</source>
        <translation>%1/100</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Avís:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravetat</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprovació</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Evidence and fix</source>
        <translation>Evidència i correcció</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>CIS %1</source>
        <translation>CIS %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línia %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correcció: %1</translation>
    </message>
    <message>
        <source>All checks pass.</source>
        <translation>Totes les comprovacions són correctes.</translation>
    </message>
    <message>
        <source>Checks that could not run</source>
        <translation>Comprovacions que no s&apos;han pogut executar</translation>
    </message>
    <message>
        <source>Reason and how to enable it</source>
        <translation>Motiu i com activar-la</translation>
    </message>
    <message>
        <source>Generated by Escut %1. Scores: every pass, warn or fail puts its severity&apos;s weight at stake; a pass earns it all, a warn half, a fail nothing.</source>
        <translation>Generat per Escut %1. Puntuació: cada correcte, avís o fallada posa en joc el pes de la seva gravetat; un correcte el guanya tot, un avís la meitat i una fallada res.</translation>
    </message>
    <message>
        <source>Escut fleet report</source>
        <translation>Informe de flota d&apos;Escut</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s), %1 audited, %2 unreachable.</source>
        <translation>
            <numerusform>%n punt de connexió, %1 auditat(s), %2 inaccessible(s).</numerusform>
            <numerusform>%n punts de connexió, %1 auditats, %2 inaccessibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Punt de connexió</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuació</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalls</translation>
    </message>
    <message>
        <source>Unreachable: %1</source>
        <translation>Inaccessible: %1</translation>
    </message>
    <message numerus="yes">
        <source>Docker %1, %n container(s)</source>
        <translation>
            <numerusform>Docker %1, %n contenidor</numerusform>
            <numerusform>Docker %1, %n contenidors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n contenidor</numerusform>
            <numerusform>%n contenidors</numerusform>
        </translation>
    </message>
    <message>
        <source>containers not audited</source>
        <translation>contenidors no auditats</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n imatge</numerusform>
            <numerusform>%n imatges</numerusform>
        </translation>
    </message>
    <message>
        <source>images not audited</source>
        <translation>imatges no auditades</translation>
    </message>
</context>
<context>
    <name>ImageCollector</name>
    <message>
        <source>%1 is installed but does not work: %2</source>
        <translation>%1 està instal·lat però no funciona: %2</translation>
    </message>
    <message>
        <source>Not scanned: --no-scan.</source>
        <translation>No analitzada: --no-scan.</translation>
    </message>
    <message>
        <source>Examining images</source>
        <translation>Examinant les imatges</translation>
    </message>
    <message numerus="yes">
        <source>Not scanned: the image scans of this audit used up their time (%n second(s), --scan-timeout).</source>
        <translation>
            <numerusform>No analitzada: les anàlisis d&apos;imatges d&apos;aquesta auditoria han esgotat el seu temps (%n segon, --scan-timeout).</numerusform>
            <numerusform>No analitzada: les anàlisis d&apos;imatges d&apos;aquesta auditoria han esgotat el seu temps (%n segons, --scan-timeout).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageProbe</name>
    <message>
        <source>The daemon&apos;s X-Docker-Container-Path-Stat header is not base64 JSON.</source>
        <translation>La capçalera X-Docker-Container-Path-Stat del dimoni no és JSON en base64.</translation>
    </message>
    <message>
        <source>The daemon answered HEAD %1 without an X-Docker-Container-Path-Stat header.</source>
        <translation>El dimoni ha respost HEAD %1 sense la capçalera X-Docker-Container-Path-Stat.</translation>
    </message>
    <message>
        <source>Could not create a stopped container of the image to look at its files: %1</source>
        <translation>No s&apos;ha pogut crear un contenidor aturat de la imatge per mirar-ne els fitxers: %1</translation>
    </message>
    <message>
        <source>The daemon created no container to look at the image&apos;s files.</source>
        <translation>El dimoni no ha creat cap contenidor per mirar els fitxers de la imatge.</translation>
    </message>
    <message>
        <source>Could not look at the image&apos;s files: %1</source>
        <translation>No s&apos;han pogut mirar els fitxers de la imatge: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancel·lat.</translation>
    </message>
    <message>
        <source>Not scanned for setuid and setgid files: the audit was cancelled.</source>
        <translation>No s&apos;ha analitzat si hi ha fitxers setuid i setgid: l&apos;auditoria s&apos;ha cancel·lat.</translation>
    </message>
    <message>
        <source>Not all of the image was scanned for setuid and setgid files: its files take more than %1 MiB, the most Escut reads.</source>
        <translation>No s&apos;ha analitzat tota la imatge per trobar fitxers setuid i setgid: els seus fitxers ocupen més de %1 MiB, el màxim que llegeix Escut.</translation>
    </message>
    <message>
        <source>The scan for setuid and setgid files did not finish: %1</source>
        <translation>L&apos;anàlisi de fitxers setuid i setgid no ha acabat: %1</translation>
    </message>
    <message>
        <source>The scan for setuid and setgid files stopped: %1</source>
        <translation>L&apos;anàlisi de fitxers setuid i setgid s&apos;ha aturat: %1</translation>
    </message>
</context>
<context>
    <name>JsonUtil</name>
    <message>
        <source>larger than %1 MiB</source>
        <translation>ocupa més de %1 MiB</translation>
    </message>
    <message>
        <source>a NUL byte</source>
        <translation>un byte NUL</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>amb més de %1 nivells d&apos;imbricació</translation>
    </message>
</context>
<context>
    <name>JunitReport</name>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidència: %1</translation>
    </message>
    <message>
        <source>CIS %1</source>
        <translation>CIS %1</translation>
    </message>
    <message>
        <source>Line %1 of %2</source>
        <translation>Línia %1 de %2</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correcció: %1</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>No keychain service is available (%1): the secret is kept only in its file.</source>
        <translation>No hi ha cap servei d&apos;anell de claus disponible (%1): el secret només es desa al seu fitxer.</translation>
    </message>
</context>
<context>
    <name>LabEngine</name>
    <message>
        <source>Lab images are built from a static busybox, which is not installed: install the busybox-static package (apt install busybox-static).</source>
        <translation>Les imatges dels laboratoris es construeixen amb un busybox estàtic, que no està instal·lat: instal·leu el paquet busybox-static (apt install busybox-static).</translation>
    </message>
    <message>
        <source>%1 is not a static binary: install the busybox-static package (apt install busybox-static).</source>
        <translation>%1 no és un binari estàtic: instal·leu el paquet busybox-static (apt install busybox-static).</translation>
    </message>
    <message>
        <source>Lab file &apos;%1&apos; is outside the lab root.</source>
        <translation>El fitxer de laboratori &apos;%1&apos; és fora de l&apos;arrel del laboratori.</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>No es pot crear la carpeta de %1.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>No es pot eliminar %1.</translation>
    </message>
    <message>
        <source>The build folder %1 does not exist.</source>
        <translation>La carpeta de construcció %1 no existeix.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No es pot llegir %1.</translation>
    </message>
    <message>
        <source>A file name of image %1 is too long.</source>
        <translation>Un nom de fitxer de la imatge %1 és massa llarg.</translation>
    </message>
    <message>
        <source>Building the lab image %1 failed.</source>
        <translation>No s&apos;ha pogut construir la imatge de laboratori %1.</translation>
    </message>
    <message>
        <source>The container %1 does not carry the label %2=%3: the lab leaves it alone.</source>
        <translation>El contenidor %1 no porta l&apos;etiqueta %2=%3: el laboratori no el toca.</translation>
    </message>
    <message>
        <source>Unknown lab step &apos;%1&apos;.</source>
        <translation>Pas de laboratori &apos;%1&apos; desconegut.</translation>
    </message>
    <message>
        <source>the daemon has no &apos;%1&apos; runtime (docker info lists: %2)</source>
        <translation>el dimoni no té el runtime &apos;%1&apos; (docker info mostra: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not installed</source>
        <translation>&apos;%1&apos; no està instal·lat</translation>
    </message>
    <message>
        <source>it needs root</source>
        <translation>necessita root</translation>
    </message>
    <message>
        <source>This lab cannot run here: %1. %2</source>
        <translation>Aquest laboratori no es pot fer aquí: %1. %2</translation>
    </message>
    <message>
        <source>Cannot create the lab root %1.</source>
        <translation>No es pot crear l&apos;arrel del laboratori %1.</translation>
    </message>
    <message>
        <source>Writing the lab files</source>
        <translation>S&apos;estan escrivint els fitxers del laboratori</translation>
    </message>
    <message>
        <source>Creating the lab network</source>
        <translation>S&apos;està creant la xarxa del laboratori</translation>
    </message>
    <message>
        <source>Creating the lab volumes</source>
        <translation>S&apos;estan creant els volums del laboratori</translation>
    </message>
    <message>
        <source>Building the lab images</source>
        <translation>S&apos;estan construint les imatges del laboratori</translation>
    </message>
    <message>
        <source>Starting the lab containers</source>
        <translation>S&apos;estan engegant els contenidors del laboratori</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a lab id.</source>
        <translation>&apos;%1&apos; no és l&apos;identificador d&apos;un laboratori.</translation>
    </message>
    <message>
        <source>Some lab images are still in use: %1.</source>
        <translation>Algunes imatges del laboratori encara estan en ús: %1.</translation>
    </message>
    <message>
        <source>Cannot remove the lab root %1.</source>
        <translation>No es pot eliminar l&apos;arrel del laboratori %1.</translation>
    </message>
    <message>
        <source>The lab %1 is not started: run &apos;escut-cli lab start %1&apos; first.</source>
        <translation>El laboratori %1 no està engegat: executeu primer &apos;escut-cli lab start %1&apos;.</translation>
    </message>
    <message>
        <source>This version of Escut has no check %1: update Escut to run this goal.</source>
        <translation>Aquesta versió d&apos;Escut no té la comprovació %1: actualitzeu Escut per fer aquest objectiu.</translation>
    </message>
    <message>
        <source>The container %1 has no label %2=%3: add --label %2=%3 when you recreate it, so the lab can check it and reset can remove it.</source>
        <translation>El contenidor %1 no té l&apos;etiqueta %2=%3: afegiu --label %2=%3 quan el torneu a crear, perquè el laboratori el pugui comprovar i reset el pugui eliminar.</translation>
    </message>
    <message>
        <source>There is no container %1: recreate it with --name %1 --label %2=%3, or start the lab again.</source>
        <translation>No hi ha cap contenidor %1: torneu-lo a crear amb --name %1 --label %2=%3, o torneu a engegar el laboratori.</translation>
    </message>
    <message>
        <source>There is no image %1: build it again with -t %1 --label %2=%3.</source>
        <translation>No hi ha cap imatge %1: torneu-la a construir amb -t %1 --label %2=%3.</translation>
    </message>
    <message>
        <source>The audit gave no result for %1 on %2.</source>
        <translation>L&apos;auditoria no ha donat cap troballa de %1 sobre %2.</translation>
    </message>
    <message>
        <source>Lab path &apos;%1&apos; is outside the lab root.</source>
        <translation>El camí de laboratori &apos;%1&apos; és fora de l&apos;arrel del laboratori.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existeix.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>No es pot copiar %1 a %2.</translation>
    </message>
    <message>
        <source>the kernel offers no loop devices (/dev/loop-control is missing)</source>
        <translation>el nucli no ofereix dispositius loop (no hi ha /dev/loop-control)</translation>
    </message>
    <message>
        <source>the kernel&apos;s ext4 cannot encrypt (/sys/fs/ext4/features/encryption is missing)</source>
        <translation>l&apos;ext4 del nucli no pot xifrar (no hi ha /sys/fs/ext4/features/encryption)</translation>
    </message>
    <message>
        <source>Making the lab filesystems</source>
        <translation>S&apos;estan fent els sistemes de fitxers del laboratori</translation>
    </message>
</context>
<context>
    <name>LabMounts</name>
    <message>
        <source>Something is already mounted at %1.</source>
        <translation>Ja hi ha alguna cosa muntada a %1.</translation>
    </message>
    <message>
        <source>Cannot create the folders of %1 and %2.</source>
        <translation>No es poden crear les carpetes de %1 i %2.</translation>
    </message>
    <message>
        <source>Cannot create the disk image %1.</source>
        <translation>No es pot crear la imatge de disc %1.</translation>
    </message>
    <message>
        <source>mkfs.ext4 failed on %1.</source>
        <translation>mkfs.ext4 ha fallat amb %1.</translation>
    </message>
    <message>
        <source>Cannot loop-mount %1 at %2: loop devices need root and a kernel with loop support.</source>
        <translation>No es pot muntar %1 en loop a %2: els dispositius loop necessiten root i un nucli que els admeti.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>No es pot crear %1.</translation>
    </message>
    <message>
        <source>%1 is not on a filesystem mounted under %2: make one for it there first.</source>
        <translation>%1 no és en un sistema de fitxers muntat sota %2: feu-n&apos;hi un primer.</translation>
    </message>
    <message>
        <source>fscrypt only encrypts an empty directory; %1 is not.</source>
        <translation>fscrypt només xifra un directori buit; %1 no ho és.</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>No es pot crear la carpeta de %1.</translation>
    </message>
    <message>
        <source>Cannot create the key file %1.</source>
        <translation>No es pot crear el fitxer de clau %1.</translation>
    </message>
    <message>
        <source>Cannot write the key file %1.</source>
        <translation>No es pot escriure el fitxer de clau %1.</translation>
    </message>
    <message>
        <source>fscrypt setup failed.</source>
        <translation>fscrypt setup ha fallat.</translation>
    </message>
    <message>
        <source>fscrypt setup %1 failed.</source>
        <translation>fscrypt setup %1 ha fallat.</translation>
    </message>
    <message>
        <source>fscrypt encrypt %1 failed: the filesystem needs the encrypt feature (mkfs.ext4 -O encrypt) and the kernel CONFIG_FS_ENCRYPTION.</source>
        <translation>fscrypt encrypt %1 ha fallat: el sistema de fitxers necessita l&apos;opció encrypt (mkfs.ext4 -O encrypt) i el nucli, CONFIG_FS_ENCRYPTION.</translation>
    </message>
    <message>
        <source>Cannot unmount %1: close what uses it and reset again.</source>
        <translation>No es pot desmuntar %1: tanqueu el que l&apos;estigui fent servir i torneu a restablir el laboratori.</translation>
    </message>
    <message>
        <source>Still mounted under the lab root: %1.</source>
        <translation>Encara hi ha muntatges sota l&apos;arrel del laboratori: %1.</translation>
    </message>
    <message>
        <source>Cannot detach the loop devices %1 (losetup -d).</source>
        <translation>No es poden alliberar els dispositius loop %1 (losetup -d).</translation>
    </message>
</context>
<context>
    <name>LabProgress</name>
    <message>
        <source>Cannot read the lab progress %1.</source>
        <translation>No es pot llegir el progrés dels laboratoris %1.</translation>
    </message>
    <message>
        <source>The lab progress %1 is damaged; it is left as it is.</source>
        <translation>El progrés dels laboratoris %1 està malmès; es deixa tal com és.</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>No es pot crear la carpeta de %1.</translation>
    </message>
    <message>
        <source>Lab progress of %1</source>
        <translation>Progrés als laboratoris de %1</translation>
    </message>
    <message>
        <source>%1 of %2 labs completed. Exported %3.</source>
        <translation>%1 de %2 laboratoris completats. Exportat el %3.</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratori</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectius</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprovacions</translation>
    </message>
    <message>
        <source>Hints shown</source>
        <translation>Pistes vistes</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Darrera comprovació</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completat</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curs</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>no començat</translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <source>Host</source>
        <translation>Amfitrió</translation>
    </message>
    <message>
        <source>Updates, AppArmor/SELinux, firewall, docker group, auditd</source>
        <translation>Actualitzacions, AppArmor/SELinux, tallafoc, grup docker, auditd</translation>
    </message>
    <message>
        <source>Docker daemon</source>
        <translation>Dimoni de Docker</translation>
    </message>
    <message>
        <source>daemon.json, socket and key permissions, TLS</source>
        <translation>daemon.json, permisos del sòcol i de les claus, TLS</translation>
    </message>
    <message>
        <source>Image signing and supply chain</source>
        <translation>Signatura d&apos;imatge i cadena de subministrament</translation>
    </message>
    <message>
        <source>Image signing — DCT / Notary, pinned tags, trusted sources, scans</source>
        <translation>Signatura d&apos;imatge — DCT / Notary, etiquetes fixades, fonts de confiança, anàlisis</translation>
    </message>
    <message>
        <source>Minimal images</source>
        <translation>Imatges mínimes</translation>
    </message>
    <message>
        <source>Distroless images: no shell, no compiler, non-root user</source>
        <translation>Imatges distroless: sense shell, sense compilador, usuari no root</translation>
    </message>
    <message>
        <source>Runtime isolation</source>
        <translation>Runtimes aïllats</translation>
    </message>
    <message>
        <source>gVisor / Kata, seccomp, AppArmor, namespaces</source>
        <translation>gVisor / Kata, seccomp, AppArmor, espais de noms</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Contenidors</translation>
    </message>
    <message>
        <source>User, capabilities, limits, mounts, restart policy</source>
        <translation>Usuari, capabilities, límits, muntatges, política de reinici</translation>
    </message>
    <message>
        <source>Secrets and pre-validation</source>
        <translation>Secrets i validació prèvia</translation>
    </message>
    <message>
        <source>Docker secrets and token-gated entrypoints</source>
        <translation>Docker Secrets i entrypoints amb validació de token</translation>
    </message>
    <message>
        <source>Data encryption</source>
        <translation>Xifratge de dades</translation>
    </message>
    <message>
        <source>Volume encryption — LUKS / fscrypt</source>
        <translation>Xifratge de volums — LUKS / fscrypt</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitorització</translation>
    </message>
    <message>
        <source>Falco, auditd, Prometheus</source>
        <translation>Falco, auditd, Prometheus</translation>
    </message>
    <message>
        <source>Compose files</source>
        <translation>Fitxers Compose</translation>
    </message>
    <message>
        <source>Hardened services in docker-compose.yml</source>
        <translation>Serveis endurits a docker-compose.yml</translation>
    </message>
</context>
<context>
    <name>Luks</name>
    <message>
        <source>cryptsetup cannot read %1: run the audit as root.</source>
        <translation>cryptsetup no pot llegir %1: executeu l&apos;auditoria com a root.</translation>
    </message>
    <message>
        <source>cryptsetup luksDump %1 failed.</source>
        <translation>cryptsetup luksDump %1 ha fallat.</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>PDF reports need the graphical libraries; this process started without them.</source>
        <translation>Els informes PDF necessiten les biblioteques gràfiques; aquest procés s&apos;ha iniciat sense.</translation>
    </message>
    <message>
        <source>The PDF report could not be rendered.</source>
        <translation>No s&apos;ha pogut generar l&apos;informe PDF.</translation>
    </message>
</context>
<context>
    <name>PlanPolicy</name>
    <message>
        <source>Refusing the plan for %1: %2. Nothing was changed.</source>
        <translation>Es rebutja el pla de %1: %2. No s&apos;ha canviat res.</translation>
    </message>
    <message>
        <source>it must write exactly one daemon.json</source>
        <translation>ha d&apos;escriure exactament un daemon.json</translation>
    </message>
    <message>
        <source>the daemon behind %1 runs as uid %2 (rootless): its files are that user&apos;s to fix, without administrator rights</source>
        <translation>el dimoni que hi ha darrere de %1 s&apos;executa amb l&apos;uid %2 (rootless): els seus fitxers els ha de corregir aquest usuari, sense drets d&apos;administrador</translation>
    </message>
    <message>
        <source>%1 is not the daemon.json of the daemon behind %2 (%3)</source>
        <translation>%1 no és el daemon.json del dimoni que hi ha darrere de %2 (%3)</translation>
    </message>
    <message>
        <source>the new daemon.json is not a JSON object</source>
        <translation>el nou daemon.json no és un objecte JSON</translation>
    </message>
    <message>
        <source>daemon.json must stay owned by root and writable only by root</source>
        <translation>daemon.json ha de continuar sent propietat de root i només root hi ha de poder escriure</translation>
    </message>
    <message>
        <source>it may change modes and owners only</source>
        <translation>només pot canviar modes i propietaris</translation>
    </message>
    <message>
        <source>%1 is not one of Docker&apos;s files</source>
        <translation>%1 no és un dels fitxers de Docker</translation>
    </message>
    <message>
        <source>the new mode of %1 is not stricter than the old one</source>
        <translation>el nou mode de %1 no és més restrictiu que l&apos;antic</translation>
    </message>
    <message>
        <source>it must append to exactly one shell start file</source>
        <translation>ha d&apos;afegir contingut al final d&apos;exactament un fitxer d&apos;inici de l&apos;intèrpret d&apos;ordres</translation>
    </message>
    <message>
        <source>%1 is not in the home directory of the user who asked (%2)</source>
        <translation>%1 no és al directori personal de l&apos;usuari que ho ha demanat (%2)</translation>
    </message>
    <message>
        <source>%1 does not belong to the user who asked</source>
        <translation>%1 no pertany a l&apos;usuari que ho ha demanat</translation>
    </message>
    <message>
        <source>it must only append the DOCKER_CONTENT_TRUST block</source>
        <translation>només ha d&apos;afegir el bloc DOCKER_CONTENT_TRUST al final</translation>
    </message>
    <message>
        <source>it may only write files</source>
        <translation>només pot escriure fitxers</translation>
    </message>
    <message>
        <source>%1 is not a file this fix writes</source>
        <translation>%1 no és un fitxer que escrigui aquesta correcció</translation>
    </message>
    <message>
        <source>%1 must stay owned like the project and not writable by others</source>
        <translation>%1 ha de mantenir el mateix propietari que el projecte i els altres no hi han de poder escriure</translation>
    </message>
    <message>
        <source>%1 is in a directory owned by someone else</source>
        <translation>%1 és en un directori que pertany a un altre usuari</translation>
    </message>
    <message>
        <source>this fix is not applied with administrator rights</source>
        <translation>aquesta correcció no s&apos;aplica amb drets d&apos;administrador</translation>
    </message>
    <message>
        <source>a plan applied as root changes files and runs no commands</source>
        <translation>un pla aplicat com a root canvia fitxers i no executa cap ordre</translation>
    </message>
    <message>
        <source>the root directory is not a file</source>
        <translation>el directori arrel no és un fitxer</translation>
    </message>
    <message>
        <source>it does not name the Compose file it was computed from</source>
        <translation>no indica el fitxer Compose a partir del qual s&apos;ha calculat</translation>
    </message>
    <message>
        <source>the original Compose file is never overwritten</source>
        <translation>el fitxer Compose original no se sobreescriu mai</translation>
    </message>
    <message>
        <source>the Compose file %1 is not a regular file</source>
        <translation>el fitxer Compose %1 no és un fitxer normal</translation>
    </message>
    <message>
        <source>it does not name its project directory</source>
        <translation>no indica el directori del projecte</translation>
    </message>
    <message>
        <source>it may only rewrite the Dockerfile it was computed from</source>
        <translation>només pot reescriure el Dockerfile a partir del qual s&apos;ha calculat</translation>
    </message>
    <message>
        <source>the Dockerfile keeps its owner and mode</source>
        <translation>el Dockerfile conserva el propietari i el mode</translation>
    </message>
    <message>
        <source>%1 may only be made owned by root</source>
        <translation>%1 només pot passar a ser propietat de root</translation>
    </message>
    <message>
        <source>%1 may only be made owned by the group root or docker</source>
        <translation>%1 només pot passar a ser del grup root o docker</translation>
    </message>
</context>
<context>
    <name>Remediation</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No es pot llegir %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2): run the fix as root.</source>
        <translation>No es pot llegir %1 (%2): executeu la correcció com a root.</translation>
    </message>
    <message>
        <source>dockerd is not installed here: the new daemon.json was checked as JSON only.</source>
        <translation>dockerd no està instal·lat aquí: el nou daemon.json només s&apos;ha comprovat com a JSON.</translation>
    </message>
    <message>
        <source>This dockerd has no --validate option (Docker 23 and later have it): the new daemon.json was checked as JSON and against the known keys.</source>
        <translation>Aquest dockerd no té l&apos;opció --validate (la tenen Docker 23 i posteriors): el nou daemon.json s&apos;ha comprovat com a JSON i amb les claus conegudes.</translation>
    </message>
    <message>
        <source>Could not write a temporary copy to validate it.</source>
        <translation>No s&apos;ha pogut escriure una còpia temporal per validar-lo.</translation>
    </message>
    <message>
        <source>dockerd --validate rejected the new daemon.json: %1</source>
        <translation>dockerd --validate ha rebutjat el nou daemon.json: %1</translation>
    </message>
    <message>
        <source>dockerd --validate accepts the new daemon.json.</source>
        <translation>dockerd --validate accepta el nou daemon.json.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2). Escut will not rewrite it: fix it by hand first; it was left untouched.</source>
        <translation>%1 no és un JSON vàlid (%2). Escut no el reescriurà: corregiu-lo a mà primer; no s&apos;ha tocat.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object. Escut will not rewrite it; it was left untouched.</source>
        <translation>%1 no és un objecte JSON. Escut no el reescriurà; no s&apos;ha tocat.</translation>
    </message>
    <message>
        <source>userns-remap changes the owner of everything dockerd stores: existing images, containers and volumes are not visible until you pull or create them again, and bind mounts need new permissions.</source>
        <translation>userns-remap canvia el propietari de tot el que desa dockerd: les imatges, els contenidors i els volums existents no es veuen fins que no els torneu a baixar o crear, i els muntatges bind necessiten permisos nous.</translation>
    </message>
    <message>
        <source>%1 is set on dockerd&apos;s command line; change it there (daemon.json cannot repeat it).</source>
        <translation>%1 està definit a la línia d&apos;ordres de dockerd; canvieu-lo allà (daemon.json no el pot repetir).</translation>
    </message>
    <message>
        <source>%1 cannot be rewritten (%2); it was left untouched.</source>
        <translation>%1 no es pot reescriure (%2); no s&apos;ha tocat.</translation>
    </message>
    <message>
        <source>dockerd refuses to start with keys it does not know: %1. Escut keeps them as they are; remove or correct them by hand.</source>
        <translation>dockerd no arrenca amb claus que no coneix: %1. Escut les manté tal com són; traieu-les o corregiu-les a mà.</translation>
    </message>
    <message>
        <source>%1 take effect when dockerd restarts (sudo systemctl restart docker); running containers stop unless live-restore is on.</source>
        <translation>%1 tenen efecte quan dockerd es reinicia (sudo systemctl restart docker); els contenidors en execució s&apos;aturen tret que live-restore estigui activat.</translation>
    </message>
    <message>
        <source>%1 take effect on a reload (sudo systemctl reload docker, or SIGHUP to dockerd), without stopping containers.</source>
        <translation>%1 tenen efecte en recarregar (sudo systemctl reload docker, o SIGHUP a dockerd), sense aturar els contenidors.</translation>
    </message>
    <message>
        <source>New shells get DOCKER_CONTENT_TRUST=1; run &apos;source %1&apos; in the open ones.</source>
        <translation>Els shells nous tindran DOCKER_CONTENT_TRUST=1; executeu &apos;source %1&apos; als que ja estan oberts.</translation>
    </message>
    <message>
        <source>Merge the recommended settings into daemon.json</source>
        <translation>Incorpora els paràmetres recomanats a daemon.json</translation>
    </message>
    <message>
        <source>Give Docker&apos;s socket, configuration and keys the CIS owners and modes</source>
        <translation>Dona al sòcol, la configuració i les claus de Docker els propietaris i modes del CIS</translation>
    </message>
    <message>
        <source>Export DOCKER_CONTENT_TRUST=1 in the shell start file</source>
        <translation>Exporta DOCKER_CONTENT_TRUST=1 al fitxer d&apos;inici de l&apos;intèrpret d&apos;ordres</translation>
    </message>
    <message>
        <source>Unknown fix &apos;%1&apos;; the fixes are: %2.</source>
        <translation>Correcció desconeguda &apos;%1&apos;; les correccions són: %2.</translation>
    </message>
    <message>
        <source>mode of %1: %2 → %3</source>
        <translation>mode de %1: %2 → %3</translation>
    </message>
    <message>
        <source>owner of %1: %2:%3 → %4:%5</source>
        <translation>propietari de %1: %2:%3 → %4:%5</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avís: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>No transaction %1 in the journal (%2).</source>
        <translation>No hi ha cap transacció %1 al diari (%2).</translation>
    </message>
    <message>
        <source>The journal entry %1 is damaged: %2.</source>
        <translation>L&apos;entrada del diari %1 està malmesa: %2.</translation>
    </message>
    <message>
        <source>The backup %1 is missing: %2 cannot be restored.</source>
        <translation>Falta la còpia %1: no es pot restaurar %2.</translation>
    </message>
    <message>
        <source>Nothing to do: %1 is already applied.</source>
        <translation>No hi ha res a fer: %1 ja està aplicada.</translation>
    </message>
    <message>
        <source>%1 changed after the preview: nothing was applied. Preview the fix again.</source>
        <translation>%1 ha canviat després de la previsualització: no s&apos;ha aplicat res. Torneu a previsualitzar la correcció.</translation>
    </message>
    <message>
        <source>Cannot create the journal directory %1.</source>
        <translation>No es pot crear el directori del diari %1.</translation>
    </message>
    <message>
        <source>Simulated write failure on %1.</source>
        <translation>Error d&apos;escriptura simulat a %1.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON after the change.</source>
        <translation>%1 no és un JSON vàlid després del canvi.</translation>
    </message>
    <message>
        <source>The fix failed and every file was put back: %1</source>
        <translation>La correcció ha fallat i s&apos;han restaurat tots els fitxers: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a transaction id.</source>
        <translation>&apos;%1&apos; no és un identificador de transacció.</translation>
    </message>
    <message>
        <source>Transaction %1 was already rolled back.</source>
        <translation>La transacció %1 ja s&apos;havia desfet.</translation>
    </message>
    <message>
        <source>These files changed after transaction %1 was applied: %2. Nothing was rolled back; use --force to restore them anyway (the later changes are lost).</source>
        <translation>Aquests fitxers han canviat després d&apos;aplicar la transacció %1: %2. No s&apos;ha desfet res; feu servir --force per restaurar-los igualment (es perdran els canvis posteriors).</translation>
    </message>
    <message>
        <source>Generate a token-gated entrypoint with a Docker secret</source>
        <translation>Genera un entrypoint amb validació de token i un secret de Docker</translation>
    </message>
    <message numerus="yes">
        <source>%1: a secret of %n byte(s), written with mode 0600 and never shown</source>
        <translation>
            <numerusform>%1: un secret de %n byte, escrit amb mode 0600 i que no es mostra mai</numerusform>
            <numerusform>%1: un secret de %n bytes, escrit amb mode 0600 i que no es mostra mai</numerusform>
        </translation>
    </message>
    <message>
        <source>The project directory %1 does not exist.</source>
        <translation>El directori del projecte %1 no existeix.</translation>
    </message>
    <message>
        <source>%1 already exists: it gets a new token (the old file is kept in the journal until you roll back).</source>
        <translation>%1 ja existeix: rep un token nou (el fitxer antic es desa al diari fins que desfeu el canvi).</translation>
    </message>
    <message>
        <source>The token is random (256 bits), written only to %1 with mode 0600 and to the keychain when one is available; it is never printed. Keep %1 out of version control and out of the image.</source>
        <translation>El token és aleatori (256 bits) i només s&apos;escriu a %1 amb mode 0600 i a l&apos;anell de claus si n&apos;hi ha; no es mostra mai. Mantingueu %1 fora del control de versions i fora de la imatge.</translation>
    </message>
    <message>
        <source>Rebuild the image with the Dockerfile lines, then check that the container refuses to start without the secret (container.token-gate).</source>
        <translation>Reconstruïu la imatge amb les línies del Dockerfile i comproveu que el contenidor no arrenca sense el secret (container.token-gate).</translation>
    </message>
    <message>
        <source>Show the hardened docker run command and Compose service of a container</source>
        <translation>Mostra l&apos;ordre docker run i el servei de Compose endurits d&apos;un contenidor</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existeix.</translation>
    </message>
    <message>
        <source>FROM %1 is not pinned by digest and its digest is not known here: docker pull %1, then use the digest from docker inspect --format &apos;{{index .RepoDigests 0}}&apos;.</source>
        <translation>FROM %1 no està fixat per digest i aquí no se&apos;n coneix el digest: docker pull %1 i després feu servir el digest de docker inspect --format &apos;{{index .RepoDigests 0}}&apos;.</translation>
    </message>
    <message>
        <source>Line %1 downloads with ADD from a URL: fetch it with curl and check its SHA-256 in a RUN step (or use ADD --checksum).</source>
        <translation>La línia %1 baixa amb ADD des d&apos;un URL: baixeu-ho amb curl i comproveu-ne el SHA-256 en un pas RUN (o feu servir ADD --checksum).</translation>
    </message>
    <message>
        <source>Line %1 keeps ADD: it unpacks the archive %2, which COPY would not.</source>
        <translation>La línia %1 manté ADD: desempaqueta l&apos;arxiu %2, cosa que COPY no faria.</translation>
    </message>
    <message>
        <source>USER 65534:65534 (nobody) was added to the final stage; use the image&apos;s own unprivileged user if it has one.</source>
        <translation>S&apos;ha afegit USER 65534:65534 (nobody) a l&apos;última etapa; feu servir l&apos;usuari sense privilegis de la imatge si en té.</translation>
    </message>
    <message>
        <source>Use COPY instead of ADD, add a USER and pin base images in a Dockerfile</source>
        <translation>Fes servir COPY en lloc d&apos;ADD, afegeix un USER i fixa les imatges base en un Dockerfile</translation>
    </message>
    <message>
        <source>icc is left alone: this daemon runs with iptables off, and dockerd refuses to start with icc=false without iptables.</source>
        <translation>icc no es toca: aquest dimoni funciona amb iptables desactivat, i dockerd no arrenca amb icc=false sense iptables.</translation>
    </message>
    <message>
        <source>Refusing to overwrite the original %1: choose another output file or use an override file.</source>
        <translation>No se sobreescriu l&apos;original %1: trieu un altre fitxer de sortida o useu un fitxer de substitució.</translation>
    </message>
    <message>
        <source>Cannot write a temporary file next to %1 to validate the result.</source>
        <translation>No es pot escriure un fitxer temporal al costat de %1 per validar el resultat.</translation>
    </message>
    <message>
        <source>The Compose CLI rejects the hardened file, nothing was written: %1</source>
        <translation>La CLI de Compose rebutja el fitxer endurit; no s&apos;ha escrit res: %1</translation>
    </message>
    <message>
        <source>The Compose CLI validates the result.</source>
        <translation>La CLI de Compose valida el resultat.</translation>
    </message>
    <message>
        <source>%1 stays untouched; start the project with: docker-compose -f %1 -f %2 up</source>
        <translation>%1 queda intacte; inicieu el projecte amb: docker-compose -f %1 -f %2 up</translation>
    </message>
    <message>
        <source>The hardened file is %1; comments of the original are not carried over.</source>
        <translation>El fitxer endurit és %1; els comentaris de l&apos;original no s&apos;hi conserven.</translation>
    </message>
    <message>
        <source>Regenerate a Compose file hardened, or write an override file next to it</source>
        <translation>Regenera un fitxer Compose endurit, o escriu un fitxer de substitució al seu costat</translation>
    </message>
    <message>
        <source>Needs root: %1</source>
        <translation>Cal ser root: %1</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Ordre: %1</translation>
    </message>
    <message>
        <source>The same as a Compose service:
%1</source>
        <translation>El mateix com a servei de Compose:
%1</translation>
    </message>
    <message>
        <source>This plan has no container to recreate.</source>
        <translation>Aquest pla no té cap contenidor per recrear.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link: refused, nothing was followed.</source>
        <translation>%1 és un enllaç simbòlic: s&apos;ha rebutjat i no s&apos;ha seguit res.</translation>
    </message>
    <message>
        <source>The command line of the daemon behind %1</source>
        <translation>La línia d&apos;ordres del dimoni que hi ha darrere de %1</translation>
    </message>
    <message>
        <source>%1 is not a regular file: refused.</source>
        <translation>%1 no és un fitxer normal: s&apos;ha rebutjat.</translation>
    </message>
    <message>
        <source>Transaction %1 recreated a container and touched no file: roll it back with escut-cli fix rollback %1, as a member of the docker group (no root needed).</source>
        <translation>La transacció %1 va recrear un contenidor i no va tocar cap fitxer: desfeu-la amb escut-cli fix rollback %1, com a membre del grup docker (no cal ser root).</translation>
    </message>
    <message>
        <source>the plan file&apos;s field %1 is missing or of the wrong type</source>
        <translation>el camp %1 del fitxer del pla falta o és d&apos;un tipus incorrecte</translation>
    </message>
    <message>
        <source>the plan file&apos;s field %1 is out of range</source>
        <translation>el camp %1 del fitxer del pla és fora de l&apos;interval permès</translation>
    </message>
    <message>
        <source>the plan file&apos;s field %1 is not base64</source>
        <translation>el camp %1 del fitxer del pla no és base64</translation>
    </message>
    <message>
        <source>Not a valid plan file: %1.</source>
        <translation>No és un fitxer de pla vàlid: %1.</translation>
    </message>
    <message>
        <source>larger than 64 MiB</source>
        <translation>ocupa més de 64 MiB</translation>
    </message>
    <message>
        <source>its digest does not match its content</source>
        <translation>el seu resum no coincideix amb el contingut</translation>
    </message>
    <message>
        <source>%1 The journal could not record it (%2): to go back by hand: docker rm -f %3 &amp;&amp; docker rename %4 %3 &amp;&amp; docker start %3</source>
        <translation>%1 El diari no ho ha pogut registrar (%2): per tornar enrere a mà: docker rm -f %3 &amp;&amp; docker rename %4 %3 &amp;&amp; docker start %3</translation>
    </message>
    <message>
        <source>Transaction %1 recreated no container.</source>
        <translation>La transacció %1 no va recrear cap contenidor.</translation>
    </message>
    <message>
        <source>dockerd --validate could not run: %1</source>
        <translation>dockerd --validate no s&apos;ha pogut executar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Applying recreates the container: docker stop (%n second(s) of grace), rename it aside, run the hardened twin under its name; the old one comes back if the new one does not stay up, and rolling back brings it back later.</source>
        <translation>
            <numerusform>En aplicar-ho es recrea el contenidor: docker stop (%n segon de gràcia), se&apos;l reanomena a part i s&apos;executa el bessó endurit amb el seu nom; l&apos;antic torna si el nou no es manté en marxa, i desfer-ho el recupera més endavant.</numerusform>
            <numerusform>En aplicar-ho es recrea el contenidor: docker stop (%n segons de gràcia), se&apos;l reanomena a part i s&apos;executa el bessó endurit amb el seu nom; l&apos;antic torna si el nou no es manté en marxa, i desfer-ho el recupera més endavant.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contains a NUL byte or nests deeper than 64 levels: it is not a daemon.json Escut will rewrite; it was left untouched.</source>
        <translation>%1 conté un byte NUL o té més de 64 nivells d&apos;imbricació: no és un daemon.json que Escut reescrigui; no s&apos;ha tocat.</translation>
    </message>
    <message>
        <source>%1 is not a text file (a NUL byte at offset %2): nothing was changed.</source>
        <translation>%1 no és un fitxer de text (un byte NUL a la posició %2): no s&apos;ha canviat res.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, too large for a Dockerfile: nothing was changed.</source>
        <translation>%1 ocupa més de %2 MiB, massa per a un Dockerfile: no s&apos;ha canviat res.</translation>
    </message>
    <message>
        <source>%1 has no FROM instruction, so it is not a Dockerfile: nothing was changed.</source>
        <translation>%1 no té cap instrucció FROM, per tant no és un Dockerfile: no s&apos;ha canviat res.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>not scored</source>
        <translation>sense puntuació</translation>
    </message>
    <message>
        <source>%1/100</source>
        <translation>%1/100</translation>
    </message>
    <message>
        <source>pass %1, warn %2, fail %3, info %4, skipped %5, error %6</source>
        <translation>correctes %1, avisos %2, fallades %3, info %4, omeses %5, errors %6</translation>
    </message>
    <message>
        <source>Escut %1 — audit of %2</source>
        <translation>Escut %1 — auditoria de %2</translation>
    </message>
    <message numerus="yes">
        <source>Docker %1 (API %2) on %3, %n container(s)</source>
        <translation>
            <numerusform>Docker %1 (API %2) a %3, %n contenidor</numerusform>
            <numerusform>Docker %1 (API %2) a %3, %n contenidors</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall score: %1 (%2)</source>
        <translation>Puntuació global: %1 (%2)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avís: %1</translation>
    </message>
    <message>
        <source>■ %1 — %2</source>
        <translation>■ %1 — %2</translation>
    </message>
    <message>
        <source>All checks pass.</source>
        <translation>Totes les comprovacions són correctes.</translation>
    </message>
    <message>
        <source>CIS %1</source>
        <translation>CIS %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correcció: %1</translation>
    </message>
    <message>
        <source>Docker %1 (API %2) on %3; containers not audited (--only)</source>
        <translation>Docker %1 (API %2) a %3; contenidors no auditats (--only)</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Choose a file name for the report.</source>
        <translation>Trieu un nom de fitxer per a l&apos;informe.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: choose another folder.</source>
        <translation>%1 és un fitxer, no una carpeta: trieu una altra carpeta.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: choose another one.</source>
        <translation>La carpeta %1 no existeix: trieu-ne una altra.</translation>
    </message>
    <message>
        <source>The folder %1 is not writable: choose another one.</source>
        <translation>No es pot escriure a la carpeta %1: trieu-ne una altra.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name.</source>
        <translation>%1 és una carpeta: trieu un nom de fitxer.</translation>
    </message>
    <message>
        <source>Reports can be written in Catalan (ca), Spanish (es) or English (en), not &apos;%1&apos;.</source>
        <translation>Els informes poden ser en català (ca), castellà (es) o anglès (en), no en «%1».</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>Plain text</source>
        <translation>Text pla</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>SARIF</source>
        <translation>SARIF</translation>
    </message>
    <message>
        <source>JUnit XML</source>
        <translation>XML de JUnit</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Prometheus text</source>
        <translation>Text de Prometheus</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>%1 ran as root; the hardened command runs it as nobody (65534). Check that the image works as that user, or give it a USER of its own.</source>
        <translation>%1 s&apos;executava amb l&apos;usuari root; l&apos;ordre endurida l&apos;executa amb l&apos;usuari nobody (65534). Comproveu que la imatge funciona amb aquest usuari, o doneu-li un USER propi.</translation>
    </message>
    <message>
        <source>%1 had %2; the hardened command leaves it out.</source>
        <translation>%1 tenia %2; l&apos;ordre endurida no ho inclou.</translation>
    </message>
    <message>
        <source>%1 was privileged; the hardened command is not.</source>
        <translation>%1 era privilegiat; l&apos;ordre endurida no ho és.</translation>
    </message>
    <message>
        <source>%1 had --security-opt %2; the hardened command uses the default profile.</source>
        <translation>%1 tenia --security-opt %2; l&apos;ordre endurida fa servir el perfil per defecte.</translation>
    </message>
    <message>
        <source>%1 shared the host&apos;s %2 namespace; the hardened command does not.</source>
        <translation>%1 compartia l&apos;espai de noms %2 de l&apos;amfitrió; l&apos;ordre endurida no.</translation>
    </message>
    <message>
        <source>%1 used the host network; the hardened command uses its own network: publish the ports it needs with -p 127.0.0.1:PORT:PORT.</source>
        <translation>%1 feia servir la xarxa de l&apos;amfitrió; l&apos;ordre endurida fa servir la seva pròpia xarxa: publiqueu els ports que necessiti amb -p 127.0.0.1:PORT:PORT.</translation>
    </message>
    <message>
        <source>%1: port %2 is published on 127.0.0.1 only; put a reverse proxy in front if it must be public.</source>
        <translation>%1: el port %2 es publica només a 127.0.0.1; poseu-hi un servidor intermediari invers al davant si ha de ser públic.</translation>
    </message>
    <message>
        <source>%1 mounted %2; the hardened command leaves it out (it gives away the host).</source>
        <translation>%1 muntava %2; l&apos;ordre endurida no ho inclou (dona el control de l&apos;amfitrió).</translation>
    </message>
    <message>
        <source>%1 has secret-looking variables: %2. The command passes them by name from your environment; better, move them to Docker secrets.</source>
        <translation>%1 té variables que semblen secrets: %2. L&apos;ordre les passa pel nom des del vostre entorn; millor passeu-les a Docker Secrets.</translation>
    </message>
    <message>
        <source>The docker CLI is not installed: the container cannot be recreated.</source>
        <translation>La CLI de docker no està instal·lada: no es pot tornar a crear el contenidor.</translation>
    </message>
    <message>
        <source>The hardened command has no --name.</source>
        <translation>L&apos;ordre endurida no té --name.</translation>
    </message>
    <message>
        <source>Could not stop %1: %2. Nothing was changed.</source>
        <translation>No s&apos;ha pogut aturar %1: %2. No s&apos;ha canviat res.</translation>
    </message>
    <message>
        <source>Could not rename %1: %2. It was started again.</source>
        <translation>No s&apos;ha pogut canviar el nom de %1: %2. S&apos;ha tornat a arrencar.</translation>
    </message>
    <message>
        <source>The hardened container did not stay up (%1): the old container is back as %2.</source>
        <translation>El contenidor endurit no s&apos;ha mantingut en marxa (%1): el contenidor antic torna a ser %2.</translation>
    </message>
    <message>
        <source>state %1; last log lines: %2</source>
        <translation>estat %1; darreres línies del registre: %2</translation>
    </message>
    <message>
        <source>%1 now runs hardened. The old container is kept, stopped, as %2.</source>
        <translation>%1 ara s&apos;executa endurit. El contenidor antic es conserva, aturat, com a %2.</translation>
    </message>
    <message>
        <source>The old container %1 is no longer there as %2: nothing was changed.</source>
        <translation>El contenidor antic %1 ja no hi és com a %2: no s&apos;ha canviat res.</translation>
    </message>
    <message>
        <source>%1 is not the container the fix created any more: nothing was changed.</source>
        <translation>%1 ja no és el contenidor que va crear la correcció: no s&apos;ha canviat res.</translation>
    </message>
    <message>
        <source>Could not remove the hardened %1: %2.</source>
        <translation>No s&apos;ha pogut eliminar el contenidor endurit %1: %2.</translation>
    </message>
    <message>
        <source>Could not give %1 its name back: %2.</source>
        <translation>No s&apos;ha pogut tornar el nom a %1: %2.</translation>
    </message>
    <message>
        <source>%1 is back but did not start: %2.</source>
        <translation>%1 ha tornat, però no ha arrencat: %2.</translation>
    </message>
</context>
<context>
    <name>SafeFs</name>
    <message>
        <source>a symbolic link</source>
        <translation>un enllaç simbòlic</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>un directori</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un dispositiu de blocs</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un dispositiu de caràcters</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>una canonada amb nom</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un sòcol</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no és un fitxer normal</translation>
    </message>
    <message>
        <source>Refusing %1: %2.</source>
        <translation>Es rebutja %1: %2.</translation>
    </message>
    <message>
        <source>the path is not absolute</source>
        <translation>el camí no és absolut</translation>
    </message>
    <message>
        <source>the path contains a NUL character</source>
        <translation>el camí conté un caràcter NUL</translation>
    </message>
    <message>
        <source>the path contains &apos;.&apos; or &apos;..&apos;</source>
        <translation>el camí conté &apos;.&apos; o &apos;..&apos;</translation>
    </message>
    <message>
        <source>Cannot open / (%1).</source>
        <translation>No es pot obrir / (%1).</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2).</source>
        <translation>No es pot llegir %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot create the directory %1 (%2).</source>
        <translation>No es pot crear el directori %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot give %1 its owner (%2).</source>
        <translation>No es pot assignar el propietari a %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot open the directory %1 (%2).</source>
        <translation>No es pot obrir el directori %1 (%2).</translation>
    </message>
    <message>
        <source>not a directory</source>
        <translation>no és un directori</translation>
    </message>
    <message>
        <source>the root directory is not a file</source>
        <translation>el directori arrel no és un fitxer</translation>
    </message>
    <message>
        <source>not a file name</source>
        <translation>no és un nom de fitxer</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes.</source>
        <translation>%1 ocupa més de %2 bytes.</translation>
    </message>
    <message>
        <source>Cannot open %1 (%2).</source>
        <translation>No es pot obrir %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot write %1: cannot create a temporary file beside it (%2).</source>
        <translation>No es pot escriure %1: no es pot crear un fitxer temporal al seu costat (%2).</translation>
    </message>
    <message>
        <source>Cannot change the owner of %1 (%2).</source>
        <translation>No es pot canviar el propietari de %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot change the mode of %1 (%2).</source>
        <translation>No es pot canviar el mode de %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot remove %1 (%2).</source>
        <translation>No es pot eliminar %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot open the lock for %1 (%2).</source>
        <translation>No es pot obrir el bloqueig de %1 (%2).</translation>
    </message>
    <message>
        <source>Another fix is being applied to %1 right now: nothing was changed. Try again when it has finished.</source>
        <translation>Ara mateix s&apos;està aplicant una altra correcció a %1: no s&apos;ha canviat res. Torneu-ho a provar quan hagi acabat.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link that is not root&apos;s own</source>
        <translation>%1 és un enllaç simbòlic que no és propietat de root</translation>
    </message>
    <message>
        <source>cannot read the link %1</source>
        <translation>no es pot llegir l&apos;enllaç %1</translation>
    </message>
    <message>
        <source>%1, in the path of %2</source>
        <translation>%1, en el camí de %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 failed (%3).</source>
        <translation>No es pot escriure %1: ha fallat %2 (%3).</translation>
    </message>
    <message>
        <source>the lock file is not a regular file owned by uid %1</source>
        <translation>el fitxer de bloqueig no és un fitxer normal propietat de l&apos;uid %1</translation>
    </message>
</context>
<context>
    <name>SarifReport</name>
    <message>
        <source>How to fix</source>
        <translation>Com corregir-ho</translation>
    </message>
    <message>
        <source>CIS Docker Benchmark v1.6.0, control %1</source>
        <translation>CIS Docker Benchmark v1.6.0, control %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Font: %1</translation>
    </message>
    <message>
        <source>%1 on %2 was not evaluated: %3</source>
        <translation>%1 a %2 no s&apos;ha avaluat: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ScenarioLibrary</name>
    <message>
        <source>%1 is not a lab scenario: %2.</source>
        <translation>%1 no és un escenari de laboratori: %2.</translation>
    </message>
    <message>
        <source>%1: goal %2 has an unknown subject &apos;%3&apos; (daemon, host, container:ROLE, image:ROLE, compose:PATH or dockerfile:PATH).</source>
        <translation>%1: l&apos;objectiu %2 té un element desconegut &apos;%3&apos; (daemon, host, container:ROL, image:ROL, compose:CAMÍ o dockerfile:CAMÍ).</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; must be lower case letters, digits and dashes</source>
        <translation>l&apos;identificador &apos;%1&apos; ha de ser de lletres minúscules, xifres i guions</translation>
    </message>
    <message>
        <source>seed must be &quot;000&quot; or &quot;002&quot;</source>
        <translation>seed ha de ser &quot;000&quot; o &quot;002&quot;</translation>
    </message>
    <message>
        <source>%1 needs ca, es and en</source>
        <translation>%1 necessita ca, es i en</translation>
    </message>
    <message>
        <source>a scenario needs at least one hint</source>
        <translation>un escenari necessita com a mínim una pista</translation>
    </message>
    <message>
        <source>hint %1 needs ca, es and en</source>
        <translation>la pista %1 necessita ca, es i en</translation>
    </message>
    <message>
        <source>requires.install needs ca, es and en</source>
        <translation>requires.install necessita ca, es i en</translation>
    </message>
    <message>
        <source>a scenario needs at least one goal</source>
        <translation>un escenari necessita com a mínim un objectiu</translation>
    </message>
    <message>
        <source>file &apos;%1&apos; must be a relative path inside the lab root</source>
        <translation>el fitxer &apos;%1&apos; ha de ser un camí relatiu dins de l&apos;arrel del laboratori</translation>
    </message>
    <message>
        <source>goal %1 is a %2 check but its subject is &apos;%3&apos;</source>
        <translation>l&apos;objectiu %1 és una comprovació de %2 però el seu element és &apos;%3&apos;</translation>
    </message>
    <message>
        <source>goal %1: no container with role &apos;%2&apos;</source>
        <translation>objectiu %1: no hi ha cap contenidor amb el rol &apos;%2&apos;</translation>
    </message>
    <message>
        <source>goal %1: no image with role &apos;%2&apos;</source>
        <translation>objectiu %1: no hi ha cap imatge amb el rol &apos;%2&apos;</translation>
    </message>
    <message>
        <source>goal %1: the lab creates no file &apos;%2&apos;</source>
        <translation>objectiu %1: el laboratori no crea cap fitxer &apos;%2&apos;</translation>
    </message>
    <message>
        <source>image &apos;%1&apos; needs a dockerfile, a context or a commit</source>
        <translation>la imatge &apos;%1&apos; necessita un dockerfile, un context o un commit</translation>
    </message>
    <message>
        <source>container &apos;%1&apos; needs a create object</source>
        <translation>el contenidor &apos;%1&apos; necessita un objecte create</translation>
    </message>
    <message>
        <source>a scenario needs a reference solution</source>
        <translation>un escenari necessita una solució de referència</translation>
    </message>
    <message>
        <source>unknown solution step &apos;%1&apos;</source>
        <translation>pas de solució &apos;%1&apos; desconegut</translation>
    </message>
    <message>
        <source>Cannot read the lab scenario %1.</source>
        <translation>No es pot llegir l&apos;escenari de laboratori %1.</translation>
    </message>
    <message>
        <source>No lab scenarios are built into this Escut.</source>
        <translation>Aquest Escut no porta cap escenari de laboratori.</translation>
    </message>
    <message>
        <source>No lab &apos;%1&apos;. Labs: %2.</source>
        <translation>No hi ha cap laboratori &apos;%1&apos;. Laboratoris: %2.</translation>
    </message>
    <message>
        <source>unknown kernel requirement &apos;%1&apos; (%2)</source>
        <translation>requisit de nucli desconegut &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>filesystem %1 &apos;%2&apos; must be a relative path inside the lab root</source>
        <translation>el %1 &apos;%2&apos; del sistema de fitxers ha de ser un camí relatiu dins de l&apos;arrel del laboratori</translation>
    </message>
    <message>
        <source>filesystem &apos;%1&apos;: sizeMiB must be between 8 and 1024</source>
        <translation>sistema de fitxers &apos;%1&apos;: sizeMiB ha de ser entre 8 i 1024</translation>
    </message>
    <message>
        <source>filesystem &apos;%1&apos; needs requires.root and requires.kernel &quot;loop&quot;</source>
        <translation>el sistema de fitxers &apos;%1&apos; necessita requires.root i requires.kernel &quot;loop&quot;</translation>
    </message>
    <message>
        <source>fscryptDir needs requires.kernel &quot;ext4-encryption&quot; and requires.tools &quot;fscrypt&quot;</source>
        <translation>fscryptDir necessita requires.kernel &quot;ext4-encryption&quot; i requires.tools &quot;fscrypt&quot;</translation>
    </message>
    <message>
        <source>%1 %2 &apos;%3&apos; must be a relative path inside the lab root</source>
        <translation>%1: %2 &apos;%3&apos; ha de ser un camí relatiu dins de l&apos;arrel del laboratori</translation>
    </message>
    <message>
        <source>%1: goal %2 (subject &apos;%3&apos;) names a check that is not in Escut&apos;s catalogue.</source>
        <translation>%1: l&apos;objectiu %2 (element «%3») fa referència a una comprovació que no és al catàleg d&apos;Escut.</translation>
    </message>
</context>
<context>
    <name>SetuidScan</name>
    <message>
        <source>The image&apos;s file archive ends at byte %1 before its end-of-archive blocks: it was cut off.</source>
        <translation>L&apos;arxiu tar de la imatge acaba al byte %1 abans dels blocs de final d&apos;arxiu: s&apos;ha tallat.</translation>
    </message>
    <message>
        <source>The image&apos;s file archive is damaged at byte %1: an empty block is followed by more entries.</source>
        <translation>L&apos;arxiu tar de la imatge està malmès al byte %1: un bloc buit va seguit de més entrades.</translation>
    </message>
    <message>
        <source>The image&apos;s file archive is damaged at byte %1: a header&apos;s checksum does not match.</source>
        <translation>L&apos;arxiu tar de la imatge està malmès al byte %1: la suma de verificació d&apos;una capçalera no coincideix.</translation>
    </message>
    <message>
        <source>The image&apos;s file archive is damaged at byte %1: a header holds a malformed number.</source>
        <translation>L&apos;arxiu tar de la imatge està malmès al byte %1: una capçalera conté un nombre mal format.</translation>
    </message>
    <message>
        <source>The image&apos;s file archive is damaged at byte %1: an extended header of %2 bytes is larger than the %3 bytes Escut reads.</source>
        <translation>L&apos;arxiu tar de la imatge està malmès al byte %1: una capçalera estesa de %2 bytes supera els %3 bytes que llegeix Escut.</translation>
    </message>
    <message>
        <source>The image&apos;s file archive is damaged at byte %1: an extended (PAX) header is malformed.</source>
        <translation>L&apos;arxiu tar de la imatge està malmès al byte %1: una capçalera estesa (PAX) està mal formada.</translation>
    </message>
    <message>
        <source>The image&apos;s file archive is damaged at byte %1: a file name is longer than %2 bytes.</source>
        <translation>L&apos;arxiu tar de la imatge està malmès al byte %1: un nom de fitxer té més de %2 bytes.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baixa</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mitjana</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línia %1, columna %2: %3</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>el nivell superior no és un objecte JSON</translation>
    </message>
    <message>
        <source>This snapshot has schema version %1; this Escut reads versions 1 to %2. Collect a new snapshot or update Escut.</source>
        <translation>Aquesta instantània té la versió d&apos;esquema %1; aquest Escut llegeix les versions de l&apos;1 a la %2. Recolliu una instantània nova o actualitzeu Escut.</translation>
    </message>
    <message>
        <source>Cannot read the snapshot %1: %2.</source>
        <translation>No es pot llegir la instantània %1: %2.</translation>
    </message>
    <message>
        <source>The snapshot %1 is not valid JSON: %2.</source>
        <translation>La instantània %1 no és un JSON vàlid: %2.</translation>
    </message>
    <message>
        <source>This snapshot has a field of the wrong type: %1</source>
        <translation>Aquesta instantània té un camp del tipus incorrecte: %1</translation>
    </message>
</context>
<context>
    <name>SnapshotSchema</name>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objecte</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una llista</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>res</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3.</source>
        <translation>%1: s&apos;esperava %2 i s&apos;ha trobat %3.</translation>
    </message>
    <message>
        <source>%1: missing, expected %2.</source>
        <translation>%1: no hi és, s&apos;esperava %2.</translation>
    </message>
</context>
<context>
    <name>SprawlLimits</name>
    <message>
        <source>%1 is not a number from 0 to %2 (&quot;%3&quot;): the default, %4, applies.</source>
        <translation>%1 no és un nombre de 0 a %2 (&quot;%3&quot;): s&apos;aplica el valor per defecte, %4.</translation>
    </message>
</context>
<context>
    <name>SshBridgePool</name>
    <message>
        <source>Cannot create the local end of the ssh connection to %1: %2</source>
        <translation>No es pot crear l&apos;extrem local de la connexió ssh amb %1: %2</translation>
    </message>
    <message>
        <source>ssh does not trust the host key of %1. Connect once with &apos;%2&apos; to check the key and accept it into ~/.ssh/known_hosts; Escut never accepts a host key by itself.</source>
        <translation>ssh no confia en la clau d&apos;amfitrió de %1. Connecteu-vos un cop amb &apos;%2&apos; per comprovar la clau i acceptar-la a ~/.ssh/known_hosts; Escut no accepta mai cap clau d&apos;amfitrió pel seu compte.</translation>
    </message>
    <message>
        <source>ssh refused the login to %1 (%2). Put your public key into ~/.ssh/authorized_keys of that user on the host, or load it into ssh-agent: Escut never asks for a password.</source>
        <translation>ssh ha refusat l&apos;inici de sessió a %1 (%2). Poseu la vostra clau pública a ~/.ssh/authorized_keys d&apos;aquest usuari a l&apos;amfitrió, o carregueu-la a ssh-agent: Escut no demana mai cap contrasenya.</translation>
    </message>
    <message>
        <source>ssh could not connect to %1: connection refused. Check the host and port, and that sshd runs there.</source>
        <translation>ssh no s&apos;ha pogut connectar amb %1: connexió refusada. Comproveu l&apos;amfitrió i el port, i que sshd s&apos;hi executi.</translation>
    </message>
    <message>
        <source>ssh cannot resolve the host name of %1. Check the name, or use an address.</source>
        <translation>ssh no pot resoldre el nom de l&apos;amfitrió de %1. Comproveu el nom, o feu servir una adreça.</translation>
    </message>
    <message>
        <source>ssh could not reach %1: the connection timed out. Check that the host is up and that no firewall drops the traffic.</source>
        <translation>ssh no ha pogut arribar a %1: la connexió ha esgotat el temps. Comproveu que l&apos;amfitrió funcioni i que cap tallafoc no descarti el trànsit.</translation>
    </message>
    <message>
        <source>The host of %1 has no docker CLI that can run &apos;docker system dial-stdio&apos; for %2: install docker.io (or docker-ce-cli, 18.09 or later) there.</source>
        <translation>L&apos;amfitrió de %1 no té cap CLI de docker que pugui executar &apos;docker system dial-stdio&apos; per a %2: instal·leu-hi docker.io (o docker-ce-cli, 18.09 o posterior).</translation>
    </message>
    <message>
        <source>The user %1 may not use the Docker socket on the host of %2. Add it to the &apos;docker&apos; group there (membership of that group is equivalent to root on that host).</source>
        <translation>L&apos;usuari %1 no pot fer servir el sòcol de Docker a l&apos;amfitrió de %2. Afegiu-lo al grup &apos;docker&apos; d&apos;aquell amfitrió (pertànyer a aquest grup equival a ser root en aquell amfitrió).</translation>
    </message>
    <message>
        <source>ssh reached the host of %1, but no Docker daemon answers there. Is dockerd running on it?</source>
        <translation>ssh ha arribat a l&apos;amfitrió de %1, però no hi respon cap dimoni de Docker. S&apos;hi executa dockerd?</translation>
    </message>
    <message>
        <source>The ssh connection to %1 closed before the Docker daemon answered (exit status %2).</source>
        <translation>La connexió ssh amb %1 s&apos;ha tancat abans que el dimoni de Docker respongués (estat de sortida %2).</translation>
    </message>
    <message>
        <source>The ssh connection to %1 failed: %2</source>
        <translation>La connexió ssh amb %1 ha fallat: %2</translation>
    </message>
    <message>
        <source>ssh:// needs the docker CLI on this machine: it opens the ssh connection to %1. Install docker.io or docker-ce-cli.</source>
        <translation>ssh:// necessita la CLI de docker en aquesta màquina: és la que obre la connexió ssh amb %1. Instal·leu docker.io o docker-ce-cli.</translation>
    </message>
    <message>
        <source>Cannot start the docker CLI (%1) for %2: %3</source>
        <translation>No es pot iniciar la CLI de docker (%1) per a %2: %3</translation>
    </message>
    <message>
        <source>The ssh connection to %1 did not reach the Docker daemon within %2 s. Check that the host is reachable, that ssh logs in there without a prompt (a key, ssh-agent) and that its host key is in ~/.ssh/known_hosts.</source>
        <translation>La connexió ssh amb %1 no ha arribat al dimoni de Docker en %2 s. Comproveu que l&apos;amfitrió sigui accessible, que ssh hi iniciï la sessió sense preguntar res (una clau, ssh-agent) i que la seva clau d&apos;amfitrió sigui a ~/.ssh/known_hosts.</translation>
    </message>
    <message>
        <source>The ssh connection to %1 was cancelled.</source>
        <translation>S&apos;ha cancel·lat la connexió ssh amb %1.</translation>
    </message>
    <message>
        <source>The ssh connection to %1 answered, but not like a Docker daemon.</source>
        <translation>La connexió ssh amb %1 ha respost, però no com un dimoni de Docker.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>pass</source>
        <translation>correcte</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>avís</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fallada</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omès</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
</context>
<context>
    <name>StorageParsers</name>
    <message>
        <source>%1 printed something that is not the JSON it should print.</source>
        <translation>%1 ha mostrat una cosa que no és el JSON que hauria de mostrar.</translation>
    </message>
    <message>
        <source>findmnt listed no filesystem.</source>
        <translation>findmnt no ha llistat cap sistema de fitxers.</translation>
    </message>
    <message>
        <source>lsblk printed no &quot;blockdevices&quot; list.</source>
        <translation>lsblk no ha mostrat cap llista &quot;blockdevices&quot;.</translation>
    </message>
    <message>
        <source>cryptsetup status gave no status (exit code %1).</source>
        <translation>cryptsetup status no ha donat cap estat (codi de sortida %1).</translation>
    </message>
    <message>
        <source>cryptsetup luksDump printed no LUKS header.</source>
        <translation>cryptsetup luksDump no ha mostrat cap capçalera LUKS.</translation>
    </message>
    <message>
        <source>cryptsetup luksDump printed no LUKS version.</source>
        <translation>cryptsetup luksDump no ha mostrat cap versió de LUKS.</translation>
    </message>
    <message>
        <source>fscrypt status failed: %1</source>
        <translation>fscrypt status ha fallat: %1</translation>
    </message>
    <message>
        <source>fscrypt status gave no answer (exit code %1).</source>
        <translation>fscrypt status no ha donat cap resposta (codi de sortida %1).</translation>
    </message>
    <message>
        <source>fscrypt status cannot tell without its global configuration: %1</source>
        <translation>fscrypt status no ho pot dir sense la seva configuració global: %1</translation>
    </message>
</context>
<context>
    <name>ToolRunner</name>
    <message>
        <source>Escut does not run %1: it is not on the list of tools it may use.</source>
        <translation>Escut no executa %1: no és a la llista d&apos;eines que pot fer servir.</translation>
    </message>
    <message>
        <source>%1 is not installed (not found on PATH).</source>
        <translation>%1 no està instal·lat (no es troba al PATH).</translation>
    </message>
    <message>
        <source>%1 is not installed (not found on PATH); install it with: apt-get install %2</source>
        <translation>%1 no està instal·lat (no es troba al PATH); instal·leu-lo amb: apt-get install %2</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>No s&apos;ha pogut iniciar %1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancel·lat.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>%1 no ha acabat en %n segon i s&apos;ha aturat.</numerusform>
            <numerusform>%1 no ha acabat en %n segons i s&apos;ha aturat.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly (%2).</source>
        <translation>%1 s&apos;ha aturat inesperadament (%2).</translation>
    </message>
    <message>
        <source>%1 --version printed no version number.</source>
        <translation>%1 --version no ha imprès cap número de versió.</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2.</source>
        <translation>%1 ha fallat amb el codi de sortida %2.</translation>
    </message>
    <message>
        <source>%1 printed more than Escut reads; its output was cut.</source>
        <translation>%1 ha imprès més del que Escut llegeix; la sortida s&apos;ha tallat.</translation>
    </message>
    <message>
        <source>%1 printed something that is not JSON: %2 at offset %3.</source>
        <translation>%1 ha imprès una cosa que no és JSON: %2 a la posició %3.</translation>
    </message>
</context>
<context>
    <name>Trivy</name>
    <message>
        <source>trivy printed JSON that is not a scan report of schema version 2 (trivy 0.20 or newer); update trivy.</source>
        <translation>trivy ha imprès un JSON que no és un informe d&apos;anàlisi de l&apos;esquema 2 (trivy 0.20 o més nou); actualitzeu trivy.</translation>
    </message>
    <message>
        <source>trivy is not installed: install it from Aqua Security&apos;s Debian repository (https://aquasecurity.github.io/trivy-repo/deb, package trivy) or a release from https://github.com/aquasecurity/trivy/releases, then audit again.</source>
        <translation>trivy no està instal·lat: instal·leu-lo des del repositori Debian d&apos;Aqua Security (https://aquasecurity.github.io/trivy-repo/deb, paquet trivy) o d&apos;una versió de https://github.com/aquasecurity/trivy/releases, i torneu a auditar.</translation>
    </message>
</context>
<context>
    <name>YamlLoad</name>
    <message>
        <source>The file is larger than %1 MiB: refused.</source>
        <translation>El fitxer fa més de %1 MiB: es rebutja.</translation>
    </message>
    <message>
        <source>The file contains a NUL byte: it is not a text file.</source>
        <translation>El fitxer conté un byte NUL: no és un fitxer de text.</translation>
    </message>
    <message>
        <source>The document nests deeper than %1 levels (or an alias or merge key refers to itself): refused.</source>
        <translation>El document té més de %1 nivells d&apos;imbricació (o un àlies o una clau de fusió es refereix a si mateix): es rebutja.</translation>
    </message>
    <message>
        <source>The document expands to more than %1 nodes once its aliases are followed: refused.</source>
        <translation>El document s&apos;expandeix a més de %1 nodes quan se&apos;n segueixen els àlies: es rebutja.</translation>
    </message>
    <message>
        <source>Not valid YAML (line %1, column %2): %3</source>
        <translation>No és un YAML vàlid (línia %1, columna %2): %3</translation>
    </message>
    <message>
        <source>The YAML could not be read: %1</source>
        <translation>No s&apos;ha pogut llegir el YAML: %1</translation>
    </message>
</context>
<context>
    <name>escut::ChartsView</name>
    <message>
        <source>Scores of the audits run since Escut started; the per-layer bars and the severity donut show the latest audit.</source>
        <translation>Puntuacions de les auditories fetes des que s&apos;ha obert Escut; les barres per capa i l&apos;anell de gravetat mostren l&apos;última auditoria.</translation>
    </message>
    <message>
        <source>Overall score over time</source>
        <translation>Puntuació global al llarg del temps</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Puntuació global</translation>
    </message>
    <message>
        <source>Time of the audit</source>
        <translation>Hora de l&apos;auditoria</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuació</translation>
    </message>
    <message>
        <source>Score per layer</source>
        <translation>Puntuació per capa</translation>
    </message>
    <message>
        <source>Failed and warned checks by severity</source>
        <translation>Comprovacions fallides i amb avís per gravetat</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>escut::ChecklistModel</name>
    <message>
        <source>Why it matters: %1</source>
        <translation>Per què és important: %1</translation>
    </message>
    <message>
        <source>How to fix it: %1</source>
        <translation>Com corregir-ho: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprovació</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidència</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravetat</translation>
    </message>
    <message>
        <source>CIS</source>
        <translation>CIS</translation>
    </message>
    <message>
        <source>CIS Docker Benchmark v1.6.0: %1</source>
        <translation>CIS Docker Benchmark v1.6.0: %1</translation>
    </message>
</context>
<context>
    <name>escut::ChecklistView</name>
    <message>
        <source>Fix…</source>
        <translation>Corregeix…</translation>
    </message>
    <message>
        <source>Preview the change for the selected check, apply it with a backup, and roll it back later if needed.</source>
        <translation>Previsualitzeu el canvi per a la comprovació seleccionada, apliqueu-lo amb una còpia de seguretat i desfeu-lo més endavant si cal.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Llista de comprovació</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed · %2 warnings · %3 passed · %n check(s)</source>
        <translation>
            <numerusform>%1 fallides · %2 avisos · %3 correctes · %n comprovació</numerusform>
            <numerusform>%1 fallides · %2 avisos · %3 correctes · %n comprovacions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>escut::ContainersModel</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>%1
Image: %2
ID: %3</source>
        <translation>%1
Imatge: %2
ID: %3</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contenidor</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imatge</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuació</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallides</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Correctes</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creat</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en execució</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>reiniciant-se</translation>
    </message>
    <message>
        <source>removing</source>
        <translation>eliminant-se</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>aturat</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>mort</translation>
    </message>
</context>
<context>
    <name>escut::ContainersView</name>
    <message>
        <source>Filter containers by name or image…</source>
        <translation>Filtra els contenidors per nom o imatge…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualsevol estat</translation>
    </message>
    <message>
        <source>With failed checks</source>
        <translation>Amb comprovacions fallides</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>Amb avisos</translation>
    </message>
    <message>
        <source>Nothing failed</source>
        <translation>Res no ha fallat</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtra per estat</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Qualsevol gravetat</translation>
    </message>
    <message>
        <source>Critical failures</source>
        <translation>Fallades crítiques</translation>
    </message>
    <message>
        <source>High or critical failures</source>
        <translation>Fallades altes o crítiques</translation>
    </message>
    <message>
        <source>Medium or worse failures</source>
        <translation>Fallades mitjanes o pitjors</translation>
    </message>
    <message>
        <source>Low or worse failures</source>
        <translation>Fallades baixes o pitjors</translation>
    </message>
    <message>
        <source>Filter by severity of failed checks</source>
        <translation>Filtra per gravetat de les comprovacions fallides</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Contenidors</translation>
    </message>
    <message>
        <source>Select a container to see its checklist.</source>
        <translation>Seleccioneu un contenidor per veure&apos;n la llista de comprovació.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n container(s)</source>
        <translation>
            <numerusform>%1 de %n contenidor</numerusform>
            <numerusform>%1 de %n contenidors</numerusform>
        </translation>
    </message>
    <message>
        <source>Checklist: %1</source>
        <translation>Llista de comprovació: %1</translation>
    </message>
</context>
<context>
    <name>escut::EventWatcher</name>
    <message>
        <source>The Docker daemon closed the event stream.</source>
        <translation>El dimoni de Docker ha tancat el flux d&apos;esdeveniments.</translation>
    </message>
</context>
<context>
    <name>escut::ExportDialog</name>
    <message>
        <source>One self-contained web page with charts; no script, prints well.</source>
        <translation>Una sola pàgina web autònoma amb gràfics; sense scripts, s&apos;imprimeix bé.</translation>
    </message>
    <message>
        <source>The same report as an A4 document.</source>
        <translation>El mateix informe com a document A4.</translation>
    </message>
    <message>
        <source>Machine-readable: Escut report schema 1, every finding.</source>
        <translation>Per a programes: esquema 1 de l&apos;informe d&apos;Escut, amb totes les troballes.</translation>
    </message>
    <message>
        <source>SARIF 2.1.0 for code scanning (GitHub, GitLab): failed and warned findings.</source>
        <translation>SARIF 2.1.0 per a l&apos;anàlisi de codi (GitHub, GitLab): les troballes amb fallada i amb avís.</translation>
    </message>
    <message>
        <source>Test results for CI: one test suite per layer, one test case per check and subject.</source>
        <translation>Resultats de proves per a la CI: un conjunt de proves per capa, un cas de prova per comprovació i element.</translation>
    </message>
    <message>
        <source>Metrics in the Prometheus text format, for the node_exporter textfile collector.</source>
        <translation>Mètriques en el format de text de Prometheus, per al col·lector textfile de node_exporter.</translation>
    </message>
    <message>
        <source>Plain text, grouped by layer and subject.</source>
        <translation>Text pla, agrupat per capa i element.</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporta l&apos;informe</translation>
    </message>
    <message>
        <source>Choose a file name for the report.</source>
        <translation>Trieu un nom de fitxer per a l&apos;informe.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name.</source>
        <translation>%1 és una carpeta: trieu un nom de fitxer.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Voleu substituir el fitxer?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the report?</source>
        <translation>%1 ja existeix. Voleu substituir-lo per l&apos;informe?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Substitueix</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Llengua de l&apos;informe:</translation>
    </message>
    <message>
        <source>The language of the report&apos;s texts; ids, keys and metric names never change.</source>
        <translation>La llengua dels textos de l&apos;informe; els identificadors, les claus i els noms de les mètriques no canvien mai.</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;itxer:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Navega…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporta</translation>
    </message>
</context>
<context>
    <name>escut::FindingsModel</name>
    <message>
        <source>%1 (%2)

%3

Fix: %4</source>
        <translation>%1 (%2)

%3

Correcció: %4</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravetat</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprovació</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidència</translation>
    </message>
</context>
<context>
    <name>escut::FixInputsPage</name>
    <message>
        <source>Browse…</source>
        <translation>Navega…</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>Què cal corregir</translation>
    </message>
    <message>
        <source>Some fixes work on a file, a directory or a container: choose them here.</source>
        <translation>Algunes correccions treballen sobre un fitxer, un directori o un contenidor: trieu-los aquí.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servei</translation>
    </message>
    <message>
        <source>This service sets cap_add itself; it is kept.</source>
        <translation>Aquest servei ja defineix cap_add; es conserva.</translation>
    </message>
</context>
<context>
    <name>escut::FixWizard</name>
    <message>
        <source>Roll back</source>
        <translation>Desfés</translation>
    </message>
    <message>
        <source>Fix findings</source>
        <translation>Corregeix les troballes</translation>
    </message>
    <message>
        <source>Choose the fixes</source>
        <translation>Trieu les correccions</translation>
    </message>
    <message>
        <source>Each fix is previewed as a diff before anything is written, and can be rolled back.</source>
        <translation>Cada correcció es previsualitza com a diferències abans d&apos;escriure res, i es pot desfer.</translation>
    </message>
    <message>
        <source>Preview the changes</source>
        <translation>Previsualitzeu els canvis</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Originals are backed up in the journal before any change.</source>
        <translation>Encara no s&apos;ha escrit res. Abans de cada canvi es desa una còpia dels originals al diari.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>S&apos;està preparant la previsualització…</translation>
    </message>
    <message>
        <source>Cannot prepare this fix: %1</source>
        <translation>No es pot preparar aquesta correcció: %1</translation>
    </message>
    <message>
        <source>Nothing to change: the fix is already in place.</source>
        <translation>No hi ha res a canviar: la correcció ja hi és.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ha fallat: %2</translation>
    </message>
    <message>
        <source>%1 applied (transaction %2).</source>
        <translation>%1 aplicada (transacció %2).</translation>
    </message>
    <message>
        <source>Done. Every change is in the journal; Roll back undoes them all.</source>
        <translation>Fet. Tots els canvis són al diari; Desfés els desfà tots.</translation>
    </message>
    <message>
        <source>Some fixes failed; their files were put back. The others are applied.</source>
        <translation>Algunes correccions han fallat i els seus fitxers s&apos;han restaurat. Les altres s&apos;han aplicat.</translation>
    </message>
    <message>
        <source>%1 applied as root (transaction %2).</source>
        <translation>%1 aplicada com a root (transacció %2).</translation>
    </message>
    <message>
        <source>Rolled back: the files are as they were before.</source>
        <translation>Desfet: els fitxers tornen a ser com abans.</translation>
    </message>
    <message>
        <source>Transaction %1 rolled back.</source>
        <translation>S&apos;ha desfet la transacció %1.</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Totes les troballes</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4</source>
        <translation>%1 · %2 · %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 — addresses %n finding(s)</source>
        <translation>
            <numerusform>%1 — resol %n troballa</numerusform>
            <numerusform>%1 — resol %n troballes</numerusform>
        </translation>
    </message>
    <message>
        <source>Compose project %1</source>
        <translation>Projecte Compose %1</translation>
    </message>
    <message>
        <source>Container %1</source>
        <translation>Contenidor %1</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplica</translation>
    </message>
    <message>
        <source>Each fix is one transaction in the journal; a failed step puts its files back.</source>
        <translation>Cada correcció és una transacció al diari; un pas que falla restaura els seus fitxers.</translation>
    </message>
    <message>
        <source>Verification and summary</source>
        <translation>Verificació i resum</translation>
    </message>
    <message>
        <source>The checks each fix targets, evaluated again on the files as they are now.</source>
        <translation>Les comprovacions de cada correcció, avaluades de nou sobre els fitxers tal com són ara.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprovació</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Shown only: tick &quot;Recreate the container&quot; on the previous page to apply it.</source>
        <translation>Només es mostra: marqueu «Recrea el contenidor» a la pàgina anterior per aplicar-ho.</translation>
    </message>
    <message>
        <source>%1: shown only, nothing was changed.</source>
        <translation>%1: només es mostra, no s&apos;ha canviat res.</translation>
    </message>
    <message>
        <source>%1: applying…</source>
        <translation>%1: s&apos;està aplicant…</translation>
    </message>
    <message>
        <source>The token is in the keychain as &apos;%1&apos;.</source>
        <translation>El token és a l&apos;anell de claus com a &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>pkexec is not installed: run &apos;sudo %1&apos; in a terminal.</source>
        <translation>pkexec no està instal·lat: executeu &apos;sudo %1&apos; en un terminal.</translation>
    </message>
    <message>
        <source>Not authorised (pkexec exit %1): nothing was changed. %2</source>
        <translation>No autoritzat (pkexec ha sortit amb %1): no s&apos;ha canviat res. %2</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ha fallat</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Some transactions could not be rolled back; see the log.</source>
        <translation>Algunes transaccions no s&apos;han pogut desfer; vegeu el registre.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplica</translation>
    </message>
    <message>
        <source>This fix needs root: you will be asked for an administrator password (pkexec). The prompt names this plan&apos;s digest: %1</source>
        <translation>Aquesta correcció requereix root: se us demanarà una contrasenya d&apos;administrador (pkexec). El diàleg de la contrasenya mostra el resum d&apos;aquest pla: %1</translation>
    </message>
    <message>
        <source>%1 now runs hardened; the old container is kept, stopped, as %2 (Roll back brings it back).</source>
        <translation>%1 ara s&apos;executa endurit; el contenidor antic es conserva, aturat, com a %2 (Desfés el recupera).</translation>
    </message>
    <message>
        <source>Cannot save the plan for the administrator step: %1</source>
        <translation>No es pot desar el pla per al pas d&apos;administrador: %1</translation>
    </message>
</context>
<context>
    <name>escut::JournalDialog</name>
    <message>
        <source>Roll back</source>
        <translation>Desfés</translation>
    </message>
    <message>
        <source>Applied fixes</source>
        <translation>Correccions aplicades</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacció</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>Fixes</source>
        <translation>Correccions</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fitxers</translation>
    </message>
    <message>
        <source>No fix has been applied yet (%1).</source>
        <translation>Encara no s&apos;ha aplicat cap correcció (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) in %1.</source>
        <translation>
            <numerusform>%n transacció a %1.</numerusform>
            <numerusform>%n transaccions a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a transaction to roll back.</source>
        <translation>Seleccioneu una transacció per desfer-la.</translation>
    </message>
    <message>
        <source>Transaction %1 rolled back.</source>
        <translation>S&apos;ha desfet la transacció %1.</translation>
    </message>
</context>
<context>
    <name>escut::LabView</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Engega</translation>
    </message>
    <message>
        <source>&amp;Check my work</source>
        <translation>&amp;Comprova la meva feina</translation>
    </message>
    <message>
        <source>Show a &amp;hint</source>
        <translation>Mostra una pis&amp;ta</translation>
    </message>
    <message>
        <source>Open the &amp;fix wizard…</source>
        <translation>Obre l&apos;&amp;assistent de correccions…</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Restableix</translation>
    </message>
    <message>
        <source>E&amp;xport progress…</source>
        <translation>E&amp;xporta el progrés…</translation>
    </message>
    <message>
        <source>Create the lab&apos;s deliberately insecure resources (labelled escut.lab=ID).</source>
        <translation>Crea els recursos insegurs a propòsit del laboratori (amb l&apos;etiqueta escut.lab=ID).</translation>
    </message>
    <message>
        <source>Remove everything this lab created; nothing without its label is touched.</source>
        <translation>Elimina tot el que ha creat aquest laboratori; no es toca res que no porti la seva etiqueta.</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Objectius</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectiu</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidència</translation>
    </message>
    <message>
        <source>Lab goals</source>
        <translation>Objectius del laboratori</translation>
    </message>
    <message>
        <source>Lab scenarios</source>
        <translation>Escenaris de laboratori</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Història</translation>
    </message>
    <message>
        <source>Seed %1: %2</source>
        <translation>Document %1: %2</translation>
    </message>
    <message>
        <source>No lab selected</source>
        <translation>No hi ha cap laboratori seleccionat</translation>
    </message>
    <message>
        <source>Seed %1 · %2</source>
        <translation>Document %1 · %2</translation>
    </message>
    <message>
        <source>Hint %1: %2</source>
        <translation>Pista %1: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fet</translation>
    </message>
    <message>
        <source>(fix: %1)</source>
        <translation>(correcció: %1)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sense comprovar</translation>
    </message>
    <message>
        <source>Well done: every goal passes. Reset the lab when you have finished.</source>
        <translation>Molt bé: es compleixen tots els objectius. Restabliu el laboratori quan hàgiu acabat.</translation>
    </message>
    <message>
        <source>%1 of %2 goals pass. Fix the rest and check again.</source>
        <translation>Es compleixen %1 de %2 objectius. Corregiu la resta i torneu a comprovar.</translation>
    </message>
    <message>
        <source>Creating the resources of %1…</source>
        <translation>S&apos;estan creant els recursos de %1…</translation>
    </message>
    <message>
        <source>The lab is running: these goals fail for now. Fix them and press Check my work.</source>
        <translation>El laboratori està en marxa: de moment aquests objectius fallen. Corregiu-los i premeu Comprova la meva feina.</translation>
    </message>
    <message>
        <source>Auditing the lab…</source>
        <translation>S&apos;està auditant el laboratori…</translation>
    </message>
    <message>
        <source>Removing everything labelled escut.lab=%1…</source>
        <translation>S&apos;està eliminant tot el que porta l&apos;etiqueta escut.lab=%1…</translation>
    </message>
    <message>
        <source>Lab %1 reset: nothing labelled escut.lab=%1 remains.</source>
        <translation>Laboratori %1 restablert: no queda res amb l&apos;etiqueta escut.lab=%1.</translation>
    </message>
    <message>
        <source>Export lab progress</source>
        <translation>Exporta el progrés als laboratoris</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>Pàgina HTML (*.html)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Progress exported to %1.</source>
        <translation>Progrés exportat a %1.</translation>
    </message>
</context>
<context>
    <name>escut::LayerDiagram</name>
    <message>
        <source>not scored</source>
        <translation>sense puntuació</translation>
    </message>
    <message>
        <source>score %1 of 100</source>
        <translation>puntuació %1 de 100</translation>
    </message>
    <message>
        <source>%1: %2. %3 failed, %4 warnings, %5 passed. %6</source>
        <translation>%1: %2. %3 fallides, %4 avisos, %5 correctes. %6</translation>
    </message>
    <message>
        <source>No failed checks in this layer.</source>
        <translation>Cap comprovació fallida en aquesta capa.</translation>
    </message>
    <message>
        <source>Worst findings:</source>
        <translation>Pitjors troballes:</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…i %n més.</numerusform>
            <numerusform>…i %n més.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list this layer&apos;s findings.</source>
        <translation>Feu clic per llistar les troballes d&apos;aquesta capa.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>✗ %1   ! %2   ✓ %3</source>
        <translation>✗ %1   ! %2   ✓ %3</translation>
    </message>
    <message>
        <source>Security layers</source>
        <translation>Capes de seguretat</translation>
    </message>
    <message>
        <source>Use the arrow keys to move between layers and Enter to list a layer&apos;s findings. Current: %1</source>
        <translation>Feu servir les fletxes per moure-us entre capes i Retorn per llistar les troballes d&apos;una capa. Actual: %1</translation>
    </message>
</context>
<context>
    <name>escut::MainWindow</name>
    <message>
        <source>Escut — Docker security</source>
        <translation>Escut — seguretat de Docker</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoria</translation>
    </message>
    <message>
        <source>Audit now</source>
        <translation>Audita ara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <source>Filter findings (status, subject, check, evidence)…</source>
        <translation>Filtra les troballes (estat, element, comprovació, evidència)…</translation>
    </message>
    <message>
        <source>Auditing…</source>
        <translation>S&apos;està auditant…</translation>
    </message>
    <message>
        <source>%1 %v/%m</source>
        <translation>%1 %v/%m</translation>
    </message>
    <message>
        <source>Audit cancelled.</source>
        <translation>S&apos;ha cancel·lat l&apos;auditoria.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit failed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;L&apos;auditoria ha fallat.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Audit failed.</source>
        <translation>L&apos;auditoria ha fallat.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Score %1/100&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Puntuació %1/100&lt;/h2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) failed</source>
        <translation>
            <numerusform>%n comprovació fallida</numerusform>
            <numerusform>%n comprovacions fallides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avís</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) passed</source>
        <translation>
            <numerusform>%n comprovació correcta</numerusform>
            <numerusform>%n comprovacions correctes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omesa</numerusform>
            <numerusform>%n omeses</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo snapshot (no live daemon)</source>
        <translation>Instantània de demostració (sense dimoni en execució)</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>Corregeix…</translation>
    </message>
    <message>
        <source>Preview and apply fixes for the selected findings; every change can be rolled back.</source>
        <translation>Previsualitzeu i apliqueu correccions per a les troballes seleccionades; cada canvi es pot desfer.</translation>
    </message>
    <message>
        <source>Applied fixes…</source>
        <translation>Correccions aplicades…</translation>
    </message>
    <message>
        <source>Fixes apply to this machine&apos;s files: audit the local Docker daemon first.</source>
        <translation>Les correccions s&apos;apliquen als fitxers d&apos;aquesta màquina: primer auditeu el dimoni de Docker local.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visió general</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Amfitrió</translation>
    </message>
    <message>
        <source>Daemon</source>
        <translation>Dimoni</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imatges</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Contenidors</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Compose</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Fixes</source>
        <translation>Correccions</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratori</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuració</translation>
    </message>
    <message>
        <source>Collect the facts again and re-run every check (F5).</source>
        <translation>Torna a recollir les dades i torna a executar totes les comprovacions (F5).</translation>
    </message>
    <message>
        <source>Stop the audit that is running.</source>
        <translation>Atura l&apos;auditoria en curs.</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Punt de connexió:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>The Docker daemon to audit: automatic (DOCKER_HOST, the current context, the default socket), a Docker context, or another URL.</source>
        <translation>El dimoni de Docker que cal auditar: automàtic (DOCKER_HOST, el context actual, el sòcol per defecte), un context de Docker o una altra URL.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistes</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Connecta…</translation>
    </message>
    <message>
        <source>Audit a Docker daemon: give its URL or a Docker context name.</source>
        <translation>Auditeu un dimoni de Docker: indiqueu-ne la URL o el nom d&apos;un context de Docker.</translation>
    </message>
    <message>
        <source>Most urgent findings</source>
        <translation>Troballes més urgents</translation>
    </message>
    <message>
        <source>Show all layers</source>
        <translation>Mostra totes les capes</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Troballes</translation>
    </message>
    <message>
        <source>No host checks in this audit.</source>
        <translation>Aquesta auditoria no té comprovacions de l&apos;amfitrió.</translation>
    </message>
    <message>
        <source>No daemon checks in this audit.</source>
        <translation>Aquesta auditoria no té comprovacions del dimoni.</translation>
    </message>
    <message>
        <source>No image checks in this audit.</source>
        <translation>Aquesta auditoria no té comprovacions d&apos;imatges.</translation>
    </message>
    <message>
        <source>No Compose file was found or given, so no Compose checks ran.</source>
        <translation>No s&apos;ha trobat ni indicat cap fitxer Compose, així que no s&apos;ha fet cap comprovació de Compose.</translation>
    </message>
    <message>
        <source>Every fix is a transaction: preview the exact change, apply it with a backup, and roll it back later. These are the fixes applied on this machine.</source>
        <translation>Cada correcció és una transacció: previsualitzeu el canvi exacte, apliqueu-lo amb una còpia de seguretat i desfeu-lo més endavant. Aquestes són les correccions aplicades en aquesta màquina.</translation>
    </message>
    <message>
        <source>Open the remediation wizard…</source>
        <translation>Obre l&apos;assistent de correcció…</translation>
    </message>
    <message>
        <source>Docker e&amp;ndpoint:</source>
        <translation>Punt de connexió de &amp;Docker:</translation>
    </message>
    <message>
        <source>Automatic (DOCKER_HOST, current context, default socket)</source>
        <translation>Automàtic (DOCKER_HOST, context actual, sòcol per defecte)</translation>
    </message>
    <message>
        <source>Connect and audit</source>
        <translation>Connecta i audita</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No audit yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Encara no hi ha cap auditoria&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automàtic</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>Context: %1</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Un altre…</translation>
    </message>
    <message>
        <source>Connect to a Docker daemon</source>
        <translation>Connecta amb un dimoni de Docker</translation>
    </message>
    <message>
        <source>Each band of the diagram is one layer, outermost first, coloured by its score. Click a band to list its findings.</source>
        <translation>Cada franja del diagrama és una capa, de la més externa a la més interna, acolorida segons la seva puntuació. Feu clic en una franja per llistar-ne les troballes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; These findings come from a bundled snapshot of an insecure workstation, not from this machine.</source>
        <translation>&lt;b&gt;Mode de demostració.&lt;/b&gt; Aquestes troballes provenen d&apos;una instantània inclosa d&apos;una estació de treball insegura, no d&apos;aquesta màquina.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No Docker daemon reachable.&lt;/b&gt; %1&lt;br&gt;Showing the bundled demo snapshot instead; press Audit now to try again, or Connect… to choose another daemon.</source>
        <translation>&lt;b&gt;No s&apos;ha pogut connectar amb cap dimoni de Docker.&lt;/b&gt; %1&lt;br&gt;Es mostra la instantània de demostració inclosa; premeu Audita ara per tornar-ho a provar, o Connecta… per triar un altre dimoni.</translation>
    </message>
    <message>
        <source>Nothing failed. Well done.</source>
        <translation>No ha fallat res. Ben fet.</translation>
    </message>
    <message>
        <source>No audit yet.</source>
        <translation>Encara no hi ha cap auditoria.</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>Instantània %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n container(s)</source>
        <translation>
            <numerusform>%1 · %n contenidor</numerusform>
            <numerusform>%1 · %n contenidors</numerusform>
        </translation>
    </message>
    <message>
        <source>Docker %1</source>
        <translation>Docker %1</translation>
    </message>
    <message>
        <source>Last audit: %1</source>
        <translation>Última auditoria: %1</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● En directe</translation>
    </message>
    <message>
        <source>Following the daemon&apos;s events: container changes update the view at once.</source>
        <translation>Seguint els esdeveniments del dimoni: els canvis als contenidors actualitzen la vista a l&apos;instant.</translation>
    </message>
    <message>
        <source>○ Disconnected</source>
        <translation>○ Desconnectat</translation>
    </message>
    <message>
        <source>○ Not live</source>
        <translation>○ Sense directe</translation>
    </message>
    <message>
        <source>○ Offline snapshot</source>
        <translation>○ Instantània sense connexió</translation>
    </message>
    <message>
        <source>Lost the connection to the Docker daemon: %1 Reconnecting automatically; the findings may be out of date.</source>
        <translation>S&apos;ha perdut la connexió amb el dimoni de Docker: %1 S&apos;està tornant a connectar automàticament; les troballes poden estar desactualitzades.</translation>
    </message>
    <message>
        <source>Layer: %1</source>
        <translation>Capa: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4)
%5</source>
        <translation>%1 — %2 (%3, %4)
%5</translation>
    </message>
    <message>
        <source>Stored history</source>
        <translation>Historial desat</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Aquesta sessió</translation>
    </message>
    <message>
        <source>Active probes: run commands in containers</source>
        <translation>Sondes actives: executar ordres als contenidors</translation>
    </message>
    <message>
        <source>Warning: the next audits run sh -c true in every running container and start each image once more without secrets (removed afterwards).</source>
        <translation>Atenció: les properes auditories executen sh -c true a cada contenidor en execució i arrenquen cada imatge un cop més sense secrets (s&apos;elimina després).</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporta l&apos;informe…</translation>
    </message>
    <message>
        <source>Save this audit as a report: HTML, PDF, JSON, SARIF, JUnit XML or Prometheus text (%1).</source>
        <translation>Desa aquesta auditoria com a informe: HTML, PDF, JSON, SARIF, XML de JUnit o text de Prometheus (%1).</translation>
    </message>
    <message>
        <source>An audit is running: export once it has finished.</source>
        <translation>Hi ha una auditoria en curs: exporteu quan hagi acabat.</translation>
    </message>
    <message>
        <source>A report is being exported: wait until it is written.</source>
        <translation>S&apos;està exportant un informe: espereu que s&apos;hagi escrit.</translation>
    </message>
    <message>
        <source>There is no audit to export yet.</source>
        <translation>Encara no hi ha cap auditoria per exportar.</translation>
    </message>
    <message>
        <source>Exporting the report to %1…</source>
        <translation>S&apos;està exportant l&apos;informe a %1…</translation>
    </message>
    <message>
        <source>Report saved: %1 (%2)</source>
        <translation>Informe desat: %1 (%2)</translation>
    </message>
    <message>
        <source>The report could not be exported. %1</source>
        <translation>No s&apos;ha pogut exportar l&apos;informe. %1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporta l&apos;informe</translation>
    </message>
    <message>
        <source>The endpoint is a URL (%1, %2, %3) or a Docker context name. Leave it empty to pick it automatically. The window remembers the language and the endpoint.</source>
        <translation>El punt de connexió és un URL (%1, %2, %3) o el nom d&apos;un context de Docker. Deixeu-lo buit per triar-lo automàticament. La finestra recorda l&apos;idioma i el punt de connexió.</translation>
    </message>
    <message>
        <source>Endpoint URL (%1, %2, %3) or Docker context name; empty for automatic:</source>
        <translation>URL del punt de connexió (%1, %2, %3) o nom d&apos;un context de Docker; buit per a automàtic:</translation>
    </message>
    <message>
        <source>Fixes are offered only for an audit of this machine&apos;s own daemon; this one is a demo, a stored snapshot or a remote daemon.</source>
        <translation>Les correccions només s&apos;ofereixen per a una auditoria del dimoni d&apos;aquesta mateixa màquina; aquesta és una demostració, una instantània desada o un dimoni remot.</translation>
    </message>
</context>
<context>
    <name>escut::StoredHistoryView</name>
    <message>
        <source>Score over time, per layer</source>
        <translation>Puntuació al llarg del temps, per capa</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message numerus="yes">
        <source>New (%n)</source>
        <translation>
            <numerusform>Nous (%n)</numerusform>
            <numerusform>Nous (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fixed (%n)</source>
        <translation>
            <numerusform>Corregits (%n)</numerusform>
            <numerusform>Corregits (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged (%n)</source>
        <translation>
            <numerusform>Sense canvis (%n)</numerusform>
            <numerusform>Sense canvis (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravetat</translation>
    </message>
    <message>
        <source>Check and subject</source>
        <translation>Comprovació i element</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidència</translation>
    </message>
    <message>
        <source>What changed since the audit before</source>
        <translation>Què ha canviat des de l&apos;auditoria anterior</translation>
    </message>
    <message>
        <source>The stored history is not available: %1</source>
        <translation>L&apos;historial desat no està disponible: %1</translation>
    </message>
    <message>
        <source>No audits stored yet: every audit of a daemon is kept in %1.</source>
        <translation>Encara no hi ha auditories desades: cada auditoria d&apos;un dimoni es guarda a %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n stored audit(s), the latest of %1.</source>
        <translation>
            <numerusform>%n auditoria desada, la darrera de %1.</numerusform>
            <numerusform>%n auditories desades, la darrera de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>What changed since the audit before: nothing to compare yet.</source>
        <translation>Què ha canviat des de l&apos;auditoria anterior: encara no hi ha res per comparar.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more: escut-cli diff lists them all.</source>
        <translation>
            <numerusform>…i %n més: escut-cli diff els mostra tots.</numerusform>
            <numerusform>…i %n més: escut-cli diff els mostra tots.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Escut: security dashboard for Docker hosts.</source>
        <translation>Escut: tauler de seguretat per a amfitrions de Docker.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Docker context to use.</source>
        <translation>Context de Docker que cal fer servir.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Show a saved snapshot instead of a live daemon.</source>
        <translation>Mostra una instantània desada en lloc d&apos;un dimoni en execució.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FITXER</translation>
    </message>
    <message>
        <source>Show the bundled demo snapshot.</source>
        <translation>Mostra la instantània de demostració inclosa.</translation>
    </message>
    <message>
        <source>Language: ca, es or en.</source>
        <translation>Idioma: ca, es o en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>View to open: %1.</source>
        <translation>Vista que cal obrir: %1.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the audit has finished, then exit.</source>
        <translation>Desa un PNG de la finestra quan acabi l&apos;auditoria i surt.</translation>
    </message>
    <message>
        <source>Unknown view %1; use one of: %2.</source>
        <translation>Vista desconeguda %1; feu servir una d&apos;aquestes: %2.</translation>
    </message>
    <message>
        <source>Docker endpoint: unix:///path, tcp://host:port or ssh://user@host.</source>
        <translation>Punt de connexió de Docker: unix:///camí, tcp://amfitrió:port o ssh://usuari@amfitrió.</translation>
    </message>
</context>
</TS>
