<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActiveProber</name>
    <message>
        <source>Active probes</source>
        <translation>Sondas activas</translation>
    </message>
    <message>
        <source>The audit was cancelled.</source>
        <translation>Se ha cancelado la auditoría.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Runs as user %1 (Config.User).</source>
        <translation>Se ejecuta como el usuario %1 (Config.User).</translation>
    </message>
    <message>
        <source>not set, so root</source>
        <translation>no definido, por tanto root</translation>
    </message>
    <message>
        <source>Runs as root (Config.User: %1), remapped to an unprivileged host user by the daemon&apos;s user namespace.</source>
        <translation>Se ejecuta como root (Config.User: %1), reasignado a un usuario sin privilegios del host por el espacio de nombres de usuario del demonio.</translation>
    </message>
    <message>
        <source>Runs as root (Config.User: %1).</source>
        <translation>Se ejecuta como root (Config.User: %1).</translation>
    </message>
    <message>
        <source>HostConfig.Privileged is true: the container has every capability and all host devices.</source>
        <translation>HostConfig.Privileged es true: el contenedor tiene todas las capabilities y todos los dispositivos del host.</translation>
    </message>
    <message>
        <source>HostConfig.Privileged is false.</source>
        <translation>HostConfig.Privileged es false.</translation>
    </message>
    <message>
        <source>Dangerous capabilities: %1 (CapAdd: %2).</source>
        <translation>Capabilities peligrosas: %1 (CapAdd: %2).</translation>
    </message>
    <message>
        <source>All capabilities dropped.</source>
        <translation>Se han eliminado todas las capabilities.</translation>
    </message>
    <message>
        <source>Capabilities dropped except %1.</source>
        <translation>Se han eliminado las capabilities excepto %1.</translation>
    </message>
    <message numerus="yes">
        <source>Keeps %n of Docker&apos;s default capabilities, including %1: drop ALL and add back only what the service needs.</source>
        <translation>
            <numerusform>Conserva %n de las capabilities predeterminadas de Docker, entre ellas %1: elimínelas todas (ALL) y vuelva a añadir solo las que el servicio necesita.</numerusform>
            <numerusform>Conserva %n de las capabilities predeterminadas de Docker, entre ellas %1: elimínelas todas (ALL) y vuelva a añadir solo las que el servicio necesita.</numerusform>
        </translation>
    </message>
    <message>
        <source>SecurityOpt has no-new-privileges.</source>
        <translation>SecurityOpt incluye no-new-privileges.</translation>
    </message>
    <message>
        <source>The daemon sets no-new-privileges for every container.</source>
        <translation>El demonio aplica no-new-privileges a todos los contenedores.</translation>
    </message>
    <message>
        <source>SecurityOpt has no no-new-privileges: setuid binaries can raise privileges.</source>
        <translation>SecurityOpt no incluye no-new-privileges: los binarios setuid pueden elevar privilegios.</translation>
    </message>
    <message>
        <source>Mounts the container runtime socket %1 at %2: the container controls the Docker daemon, and so the host.</source>
        <translation>Monta el socket del runtime de contenedores %1 en %2: el contenedor controla el demonio de Docker y, por tanto, el host.</translation>
    </message>
    <message>
        <source>No container runtime socket is mounted.</source>
        <translation>No hay ningún socket del runtime de contenedores montado.</translation>
    </message>
    <message>
        <source>%1 read-write at %2</source>
        <translation>%1 en lectura y escritura en %2</translation>
    </message>
    <message>
        <source>%1 read-only at %2</source>
        <translation>%1 de solo lectura en %2</translation>
    </message>
    <message>
        <source>Sensitive host directories mounted: %1.</source>
        <translation>Directorios sensibles del host montados: %1.</translation>
    </message>
    <message>
        <source>No sensitive host directory is mounted.</source>
        <translation>No hay ningún directorio sensible del host montado.</translation>
    </message>
    <message>
        <source>The root filesystem is read-only.</source>
        <translation>El sistema de ficheros raíz es de solo lectura.</translation>
    </message>
    <message>
        <source>The root filesystem is writable (HostConfig.ReadonlyRootfs false).</source>
        <translation>El sistema de ficheros raíz se puede escribir (HostConfig.ReadonlyRootfs false).</translation>
    </message>
    <message>
        <source>Memory limit: %1 MiB.</source>
        <translation>Límite de memoria: %1 MiB.</translation>
    </message>
    <message>
        <source>No memory limit (HostConfig.Memory 0).</source>
        <translation>Sin límite de memoria (HostConfig.Memory 0).</translation>
    </message>
    <message>
        <source>CPU limit: %1 CPUs.</source>
        <translation>Límite de CPU: %1 CPU.</translation>
    </message>
    <message>
        <source>CPU quota: %1 µs per %2 µs period.</source>
        <translation>Cuota de CPU: %1 µs por periodo de %2 µs.</translation>
    </message>
    <message>
        <source>Only a relative CPU weight (CpuShares %1): under contention it gets its share, but it may still use every CPU.</source>
        <translation>Solo un peso relativo de CPU (CpuShares %1): cuando hay competencia recibe su parte, pero aún puede usar todas las CPU.</translation>
    </message>
    <message>
        <source>No CPU limit (no NanoCpus, CpuQuota or CpuShares).</source>
        <translation>Sin límite de CPU (ni NanoCpus, ni CpuQuota, ni CpuShares).</translation>
    </message>
    <message>
        <source>PIDs limit: %1.</source>
        <translation>Límite de PID: %1.</translation>
    </message>
    <message>
        <source>No PIDs limit: a fork bomb in the container can exhaust the host.</source>
        <translation>Sin límite de PID: una bomba fork dentro del contenedor puede agotar el host.</translation>
    </message>
    <message>
        <source>ulimits: %1.</source>
        <translation>ulimits: %1.</translation>
    </message>
    <message>
        <source>No ulimits of its own; the daemon&apos;s default ulimits apply.</source>
        <translation>No tiene ulimits propios; se aplican los ulimits predeterminados del demonio.</translation>
    </message>
    <message>
        <source>No ulimits, and the daemon sets no default ulimits.</source>
        <translation>Sin ulimits, y el demonio no define ulimits predeterminados.</translation>
    </message>
    <message>
        <source>Restart policy on-failure:%1.</source>
        <translation>Política de reinicio on-failure:%1.</translation>
    </message>
    <message>
        <source>Restart policy on-failure with no retry limit.</source>
        <translation>Política de reinicio on-failure sin límite de reintentos.</translation>
    </message>
    <message>
        <source>Restart policy on-failure:%1: more than 5 retries.</source>
        <translation>Política de reinicio on-failure:%1: más de 5 reintentos.</translation>
    </message>
    <message>
        <source>Restart policy %1: a crashing container restarts forever.</source>
        <translation>Política de reinicio %1: un contenedor que falla se reinicia indefinidamente.</translation>
    </message>
    <message>
        <source>No restart policy: the container stays down after a failure (seed 002: use --restart=on-failure).</source>
        <translation>Sin política de reinicio: el contenedor queda parado tras un fallo (documento 002: use --restart=on-failure).</translation>
    </message>
    <message>
        <source>Uses the host network: published ports do not apply (see namespaces).</source>
        <translation>Usa la red del host: los puertos publicados no se aplican (vea los espacios de nombres).</translation>
    </message>
    <message>
        <source>Published on every host interface: %1. Bind to 127.0.0.1 or a specific address unless the service must be public.</source>
        <translation>Publicado en todas las interfaces del host: %1. Vincúlelo a 127.0.0.1 o a una dirección concreta, salvo que el servicio deba ser público.</translation>
    </message>
    <message>
        <source>Publishes privileged host ports (below 1024): %1.</source>
        <translation>Publica puertos privilegiados del host (por debajo de 1024): %1.</translation>
    </message>
    <message>
        <source>Ports bound to specific addresses: %1.</source>
        <translation>Puertos vinculados a direcciones concretas: %1.</translation>
    </message>
    <message>
        <source>No published ports.</source>
        <translation>No publica ningún puerto.</translation>
    </message>
    <message>
        <source>The image&apos;s health check is disabled (HEALTHCHECK NONE).</source>
        <translation>La comprobación de salud de la imagen está desactivada (HEALTHCHECK NONE).</translation>
    </message>
    <message>
        <source>Has a health check.</source>
        <translation>Tiene comprobación de salud.</translation>
    </message>
    <message>
        <source>Has a health check (status: %1).</source>
        <translation>Tiene comprobación de salud (estado: %1).</translation>
    </message>
    <message>
        <source>No health check: Docker cannot tell a hung service from a working one.</source>
        <translation>Sin comprobación de salud: Docker no puede distinguir un servicio colgado de uno que funciona.</translation>
    </message>
    <message>
        <source>Runs under the isolated runtime %1.</source>
        <translation>Se ejecuta con el runtime aislado %1.</translation>
    </message>
    <message>
        <source>Runs under %1: it shares the host kernel.</source>
        <translation>Se ejecuta con %1: comparte el kernel del host.</translation>
    </message>
    <message>
        <source>SecurityOpt %1: no system call filtering.</source>
        <translation>SecurityOpt %1: sin filtrado de llamadas al sistema.</translation>
    </message>
    <message>
        <source>The daemon has no seccomp support (SecurityOptions: %1).</source>
        <translation>El demonio no admite seccomp (SecurityOptions: %1).</translation>
    </message>
    <message>
        <source>Custom seccomp profile (%1).</source>
        <translation>Perfil seccomp personalizado (%1).</translation>
    </message>
    <message>
        <source>Docker&apos;s default seccomp profile applies.</source>
        <translation>Se aplica el perfil seccomp predeterminado de Docker.</translation>
    </message>
    <message>
        <source>SecurityOpt %1: no AppArmor confinement.</source>
        <translation>SecurityOpt %1: sin confinamiento AppArmor.</translation>
    </message>
    <message>
        <source>AppArmorProfile is unconfined.</source>
        <translation>AppArmorProfile es unconfined.</translation>
    </message>
    <message>
        <source>AppArmor profile %1.</source>
        <translation>Perfil AppArmor %1.</translation>
    </message>
    <message>
        <source>Confined by SELinux (process label %1).</source>
        <translation>Confinado por SELinux (etiqueta de proceso %1).</translation>
    </message>
    <message>
        <source>No mandatory access control profile: the host has neither AppArmor nor SELinux enabled for Docker.</source>
        <translation>Sin perfil de control de acceso obligatorio: el host no tiene ni AppArmor ni SELinux activados para Docker.</translation>
    </message>
    <message>
        <source>Shares the host&apos;s %1 namespace(s).</source>
        <translation>Comparte con el host estos espacios de nombres: %1.</translation>
    </message>
    <message>
        <source>Uses its own network, PID, IPC and UTS namespaces.</source>
        <translation>Usa sus propios espacios de nombres de red, PID, IPC y UTS.</translation>
    </message>
    <message>
        <source>Runs as a non-root user</source>
        <translation>Se ejecuta con un usuario no root</translation>
    </message>
    <message>
        <source>By default a container&apos;s user is root, the same uid 0 as the host&apos;s root. Seed 002 shows that with -u 4400 &apos;ls /root&apos; is denied: a non-root user limits what an attacker can do inside and after an escape.</source>
        <translation>Por defecto, el usuario de un contenedor es root, el mismo uid 0 que el root del host. El documento 002 muestra que con -u 4400 &apos;ls /root&apos; se deniega: un usuario no root limita lo que puede hacer un atacante dentro y tras una fuga.</translation>
    </message>
    <message>
        <source>Add USER to the Dockerfile or run with -u UID:GID (Compose: user:).</source>
        <translation>Añada USER al Dockerfile o ejecute con -u UID:GID (Compose: user:).</translation>
    </message>
    <message>
        <source>Not privileged</source>
        <translation>No es privilegiado</translation>
    </message>
    <message>
        <source>--privileged gives the container every Linux capability and the host&apos;s devices: seed 002 shows it mounting filesystems at will. It is one step from root on the host.</source>
        <translation>--privileged da al contenedor todas las capabilities de Linux y los dispositivos del host: el documento 002 muestra cómo monta sistemas de ficheros a voluntad. Está a un paso de ser root en el host.</translation>
    </message>
    <message>
        <source>Remove --privileged (Compose: privileged: true) and add only the capabilities the service needs with --cap-add.</source>
        <translation>Quite --privileged (Compose: privileged: true) y añada solo las capabilities que el servicio necesita con --cap-add.</translation>
    </message>
    <message>
        <source>Capabilities are dropped</source>
        <translation>Se eliminan las capabilities</translation>
    </message>
    <message>
        <source>Capabilities split root&apos;s power. SYS_ADMIN, SYS_MODULE, SYS_PTRACE and similar open ways out to the host; even the default set includes NET_RAW and MKNOD that most services never use.</source>
        <translation>Las capabilities dividen el poder de root. SYS_ADMIN, SYS_MODULE, SYS_PTRACE y similares abren caminos hacia el host; incluso el conjunto predeterminado incluye NET_RAW y MKNOD, que la mayoría de servicios nunca usan.</translation>
    </message>
    <message>
        <source>Run with --cap-drop ALL and add back only what is needed (for example --cap-add NET_BIND_SERVICE); Compose: cap_drop: [ALL].</source>
        <translation>Ejecute con --cap-drop ALL y vuelva a añadir solo lo necesario (por ejemplo --cap-add NET_BIND_SERVICE); Compose: cap_drop: [ALL].</translation>
    </message>
    <message>
        <source>Cannot gain new privileges</source>
        <translation>No puede obtener privilegios nuevos</translation>
    </message>
    <message>
        <source>no-new-privileges stops setuid and setcap binaries from raising a process&apos;s privileges inside the container.</source>
        <translation>no-new-privileges impide que los binarios setuid y setcap eleven los privilegios de un proceso dentro del contenedor.</translation>
    </message>
    <message>
        <source>Run with --security-opt no-new-privileges (Compose: security_opt: [&quot;no-new-privileges:true&quot;]), or set it daemon-wide.</source>
        <translation>Ejecute con --security-opt no-new-privileges (Compose: security_opt: [&quot;no-new-privileges:true&quot;]) o defínalo para todo el demonio.</translation>
    </message>
    <message>
        <source>The Docker socket is not mounted</source>
        <translation>El socket de Docker no está montado</translation>
    </message>
    <message>
        <source>Mounting /var/run/docker.sock (docker-in-docker, common in CI/CD) gives the container the whole daemon: seed 002 shows a container started inside it appearing in the host&apos;s docker ps. It can start a privileged container and own the host.</source>
        <translation>Montar /var/run/docker.sock (Docker dentro de Docker, habitual en CI/CD) da al contenedor todo el demonio: el documento 002 muestra un contenedor lanzado dentro que aparece en el docker ps del host. Puede arrancar un contenedor privilegiado y hacerse con el host.</translation>
    </message>
    <message>
        <source>Remove the docker.sock volume. For CI, use a rootless daemon or a socket proxy that allows only the API calls needed.</source>
        <translation>Quite el volumen docker.sock. Para CI, use un demonio rootless o un proxy del socket que solo permita las llamadas a la API necesarias.</translation>
    </message>
    <message>
        <source>No sensitive host directories are mounted</source>
        <translation>No hay directorios sensibles del host montados</translation>
    </message>
    <message>
        <source>Mounting /, /etc, /proc, /sys, /boot, /dev or Docker&apos;s own data lets the container read secrets or change the host; even read-only mounts leak configuration and keys.</source>
        <translation>Montar /, /etc, /proc, /sys, /boot, /dev o los datos del propio Docker permite al contenedor leer secretos o modificar el host; incluso los montajes de solo lectura filtran configuración y claves.</translation>
    </message>
    <message>
        <source>Mount only the directories the service needs, read-only where possible, or use named volumes.</source>
        <translation>Monte solo los directorios que el servicio necesita, de solo lectura siempre que se pueda, o use volúmenes con nombre.</translation>
    </message>
    <message>
        <source>Root filesystem is read-only</source>
        <translation>El sistema de ficheros raíz es de solo lectura</translation>
    </message>
    <message>
        <source>A read-only root filesystem stops an attacker from changing binaries or dropping tools into the container.</source>
        <translation>Un sistema de ficheros raíz de solo lectura impide que un atacante modifique binarios o deje herramientas dentro del contenedor.</translation>
    </message>
    <message>
        <source>Run with --read-only and give writable paths with --tmpfs /tmp or volumes (Compose: read_only: true).</source>
        <translation>Ejecute con --read-only y dé las rutas que deben escribirse con --tmpfs /tmp o volúmenes (Compose: read_only: true).</translation>
    </message>
    <message>
        <source>Memory is limited</source>
        <translation>La memoria está limitada</translation>
    </message>
    <message>
        <source>Without a memory limit one container (attacked, or with a leak) can take all the host&apos;s memory and bring down the other containers and the host itself (seed 002).</source>
        <translation>Sin límite de memoria, un contenedor (atacado o con una fuga) puede ocupar toda la memoria del host y tumbar los demás contenedores y el propio host (documento 002).</translation>
    </message>
    <message>
        <source>Run with --memory (for example --memory 512m); Compose: deploy.resources.limits.memory or mem_limit.</source>
        <translation>Ejecute con --memory (por ejemplo --memory 512m); Compose: deploy.resources.limits.memory o mem_limit.</translation>
    </message>
    <message>
        <source>CPU is limited</source>
        <translation>La CPU está limitada</translation>
    </message>
    <message>
        <source>Seed 002: with --cpus=&quot;.5&quot; a container never uses more than half a CPU, so a denial-of-service attack on it cannot starve its neighbours.</source>
        <translation>Documento 002: con --cpus=&quot;.5&quot; un contenedor nunca usa más de media CPU, de modo que un ataque de denegación de servicio contra él no puede dejar sin recursos a sus vecinos.</translation>
    </message>
    <message>
        <source>Run with --cpus (for example --cpus 0.5); Compose: deploy.resources.limits.cpus or cpus.</source>
        <translation>Ejecute con --cpus (por ejemplo --cpus 0.5); Compose: deploy.resources.limits.cpus o cpus.</translation>
    </message>
    <message>
        <source>Process count is limited</source>
        <translation>El número de procesos está limitado</translation>
    </message>
    <message>
        <source>A PIDs limit stops a fork bomb inside the container from exhausting the host&apos;s process table.</source>
        <translation>Un límite de PID impide que una bomba fork dentro del contenedor agote la tabla de procesos del host.</translation>
    </message>
    <message>
        <source>Run with --pids-limit (for example --pids-limit 100); Compose: pids_limit.</source>
        <translation>Ejecute con --pids-limit (por ejemplo --pids-limit 100); Compose: pids_limit.</translation>
    </message>
    <message>
        <source>ulimits are set</source>
        <translation>Hay ulimits definidos</translation>
    </message>
    <message>
        <source>Seed 002: --ulimit nofile=512:512 caps the files a container can open; without it, or daemon defaults, the container gets the daemon&apos;s own generous limits.</source>
        <translation>Documento 002: --ulimit nofile=512:512 limita los ficheros que puede abrir un contenedor; sin ello, o sin valores predeterminados en el demonio, el contenedor recibe los límites generosos del demonio.</translation>
    </message>
    <message>
        <source>Run with --ulimit nofile=512:512 (Compose: ulimits:), or set default-ulimits in daemon.json.</source>
        <translation>Ejecute con --ulimit nofile=512:512 (Compose: ulimits:) o defina default-ulimits en daemon.json.</translation>
    </message>
    <message>
        <source>Restart policy is on-failure with a limit</source>
        <translation>La política de reinicio es on-failure con límite</translation>
    </message>
    <message>
        <source>Seed 002 recommends --restart=on-failure so a crashed service comes back; CIS caps the retries at 5 so a container that keeps crashing (or is being attacked) does not restart forever.</source>
        <translation>El documento 002 recomienda --restart=on-failure para que un servicio caído vuelva a levantarse; el CIS limita los reintentos a 5 para que un contenedor que falla una y otra vez (o que está siendo atacado) no se reinicie indefinidamente.</translation>
    </message>
    <message>
        <source>Run with --restart on-failure:5 (Compose: restart: on-failure:5).</source>
        <translation>Ejecute con --restart on-failure:5 (Compose: restart: on-failure:5).</translation>
    </message>
    <message>
        <source>Ports are bound to specific interfaces</source>
        <translation>Los puertos están vinculados a interfaces concretas</translation>
    </message>
    <message>
        <source>-p 8080:80 publishes on every interface of the host, including public ones, and Docker&apos;s iptables rules bypass host firewalls such as ufw.</source>
        <translation>-p 8080:80 publica en todas las interfaces del host, también las públicas, y las reglas iptables de Docker se saltan cortafuegos del host como ufw.</translation>
    </message>
    <message>
        <source>Publish on a specific address, for example -p 127.0.0.1:8080:80, and avoid host ports below 1024.</source>
        <translation>Publique en una dirección concreta, por ejemplo -p 127.0.0.1:8080:80, y evite los puertos del host por debajo de 1024.</translation>
    </message>
    <message>
        <source>Has a health check</source>
        <translation>Tiene comprobación de salud</translation>
    </message>
    <message>
        <source>A health check lets Docker and orchestrators notice a service that runs but no longer answers, for example after an attack.</source>
        <translation>Una comprobación de salud permite a Docker y a los orquestadores detectar un servicio que se ejecuta pero ya no responde, por ejemplo tras un ataque.</translation>
    </message>
    <message>
        <source>Add HEALTHCHECK to the Dockerfile or run with --health-cmd (Compose: healthcheck:).</source>
        <translation>Añada HEALTHCHECK al Dockerfile o ejecute con --health-cmd (Compose: healthcheck:).</translation>
    </message>
    <message>
        <source>Runs under an isolated runtime</source>
        <translation>Se ejecuta con un runtime aislado</translation>
    </message>
    <message>
        <source>Under gVisor (runsc) the container&apos;s system calls go to a user-space kernel; under Kata it runs in its own lightweight VM. A kernel exploit then stays inside the sandbox.</source>
        <translation>Con gVisor (runsc) las llamadas al sistema del contenedor van a un kernel en espacio de usuario; con Kata se ejecuta en su propia máquina virtual ligera. Así, un exploit del kernel queda dentro del entorno aislado.</translation>
    </message>
    <message>
        <source>Run sensitive containers with --runtime=runsc (Compose: runtime: runsc) once gVisor is registered in daemon.json.</source>
        <translation>Ejecute los contenedores sensibles con --runtime=runsc (Compose: runtime: runsc) una vez gVisor esté registrado en daemon.json.</translation>
    </message>
    <message>
        <source>seccomp filters system calls</source>
        <translation>seccomp filtra las llamadas al sistema</translation>
    </message>
    <message>
        <source>Docker&apos;s default seccomp profile blocks about 44 dangerous system calls (such as kexec_load and open_by_handle_at); unconfined removes that filter.</source>
        <translation>El perfil seccomp predeterminado de Docker bloquea unas 44 llamadas al sistema peligrosas (como kexec_load y open_by_handle_at); unconfined elimina ese filtro.</translation>
    </message>
    <message>
        <source>Remove --security-opt seccomp=unconfined, or give a custom profile that allows only what the service needs.</source>
        <translation>Quite --security-opt seccomp=unconfined o proporcione un perfil personalizado que solo permita lo que el servicio necesita.</translation>
    </message>
    <message>
        <source>AppArmor or SELinux confines the container</source>
        <translation>AppArmor o SELinux confinan el contenedor</translation>
    </message>
    <message>
        <source>A mandatory access control profile limits what even root in the container may touch on the host; seed 002 lists AppArmor and SELinux among the host defences.</source>
        <translation>Un perfil de control de acceso obligatorio limita lo que incluso el root del contenedor puede tocar en el host; el documento 002 incluye AppArmor y SELinux entre las defensas del host.</translation>
    </message>
    <message>
        <source>Enable AppArmor (or SELinux) on the host so containers get docker-default, and never run with apparmor=unconfined.</source>
        <translation>Active AppArmor (o SELinux) en el host para que los contenedores reciban docker-default, y no ejecute nunca con apparmor=unconfined.</translation>
    </message>
    <message>
        <source>Does not share the host&apos;s namespaces</source>
        <translation>No comparte los espacios de nombres del host</translation>
    </message>
    <message>
        <source>--network host, --pid host, --ipc host or --uts host remove the isolation between the container and the host: it sees the host&apos;s interfaces, processes or shared memory.</source>
        <translation>--network host, --pid host, --ipc host o --uts host eliminan el aislamiento entre el contenedor y el host: ve las interfaces, los procesos o la memoria compartida del host.</translation>
    </message>
    <message>
        <source>Remove --network host, --pid host, --ipc host, --uts host and --userns host; publish ports instead of sharing the host network.</source>
        <translation>Quite --network host, --pid host, --ipc host, --uts host y --userns host; publique puertos en lugar de compartir la red del host.</translation>
    </message>
    <message>
        <source>%1 does not exist: dockerd runs with its defaults.</source>
        <translation>%1 no existe: dockerd funciona con los valores predeterminados.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2): run Escut as root to check it.</source>
        <translation>No se puede leer %1 (%2): ejecute Escut como root para comprobarlo.</translation>
    </message>
    <message>
        <source>%1 is empty: dockerd runs with its defaults.</source>
        <translation>%1 está vacío: dockerd funciona con los valores predeterminados.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2). JSON has no comments: remove the // or /* */ lines, or dockerd will refuse to start.</source>
        <translation>%1 no es un JSON válido (%2). JSON no admite comentarios: quite las líneas // o /* */, o dockerd no arrancará.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2): dockerd will refuse to start.</source>
        <translation>%1 no es un JSON válido (%2): dockerd no arrancará.</translation>
    </message>
    <message>
        <source>%1 has keys dockerd does not know, and it refuses to start with them: %2.</source>
        <translation>%1 tiene claves que dockerd no conoce, y con ellas no arranca: %2.</translation>
    </message>
    <message>
        <source>%1 sets %2, which dockerd&apos;s command line sets too: dockerd refuses to start when a setting is given twice.</source>
        <translation>%1 define %2, que también define la línea de órdenes de dockerd: dockerd no arranca cuando un parámetro se da dos veces.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is valid JSON with %n known key(s).</source>
        <translation>
            <numerusform>%1 es un JSON válido con %n clave conocida.</numerusform>
            <numerusform>%1 es un JSON válido con %n claves conocidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>dockerd command line: --%1=%2</source>
        <translation>línea de órdenes de dockerd: --%1=%2</translation>
    </message>
    <message>
        <source>daemon.json: &quot;%1&quot;: %2</source>
        <translation>daemon.json: &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not set: the default is %2</source>
        <translation>&quot;%1&quot; no está definido: el valor predeterminado es %2</translation>
    </message>
    <message>
        <source>The daemon runs in debug mode (docker info: Debug true; %1).</source>
        <translation>El demonio se ejecuta en modo de depuración (docker info: Debug true; %1).</translation>
    </message>
    <message>
        <source>Debug mode is off (docker info: Debug false).</source>
        <translation>El modo de depuración está desactivado (docker info: Debug false).</translation>
    </message>
    <message>
        <source>The default bridge network has enable_icc=false: containers on it cannot talk to each other unless linked.</source>
        <translation>La red bridge predeterminada tiene enable_icc=false: sus contenedores no pueden comunicarse entre sí si no están enlazados.</translation>
    </message>
    <message>
        <source>The default bridge network has enable_icc=true (%1): every container on it can reach every other one.</source>
        <translation>La red bridge predeterminada tiene enable_icc=true (%1): cada contenedor de esa red puede llegar a todos los demás.</translation>
    </message>
    <message>
        <source>dockerd command line: --default-ulimit %1</source>
        <translation>línea de órdenes de dockerd: --default-ulimit %1</translation>
    </message>
    <message>
        <source>daemon.json: default-ulimits for %1.</source>
        <translation>daemon.json: default-ulimits para %1.</translation>
    </message>
    <message>
        <source>daemon.json: &quot;default-ulimits&quot; is empty.</source>
        <translation>daemon.json: &quot;default-ulimits&quot; está vacío.</translation>
    </message>
    <message>
        <source>Cannot read %1: run Escut as root to check it.</source>
        <translation>No se puede leer %1: ejecute Escut como root para comprobarlo.</translation>
    </message>
    <message>
        <source>No default ulimits: containers get the daemon&apos;s own limits unless each one sets --ulimit.</source>
        <translation>Sin ulimits predeterminados: los contenedores reciben los límites del demonio salvo que cada uno defina --ulimit.</translation>
    </message>
    <message>
        <source>The daemon runs rootless: root in a container is an unprivileged user on the host.</source>
        <translation>El demonio se ejecuta en modo rootless: el root de un contenedor es un usuario sin privilegios en el host.</translation>
    </message>
    <message>
        <source>User namespace remapping is active (docker info: name=userns).</source>
        <translation>La reasignación de espacios de nombres de usuario está activa (docker info: name=userns).</translation>
    </message>
    <message>
        <source>daemon.json sets userns-remap %1 but the daemon does not report it active: restart dockerd.</source>
        <translation>daemon.json define userns-remap %1, pero el demonio no indica que esté activo: reinicie dockerd.</translation>
    </message>
    <message>
        <source>No user namespace remapping: root in a container is root on the host.</source>
        <translation>Sin reasignación de espacios de nombres de usuario: el root de un contenedor es root en el host.</translation>
    </message>
    <message>
        <source>Live restore is enabled (docker info: LiveRestoreEnabled true).</source>
        <translation>La restauración en vivo está activada (docker info: LiveRestoreEnabled true).</translation>
    </message>
    <message>
        <source>Live restore is disabled (docker info: LiveRestoreEnabled false).</source>
        <translation>La restauración en vivo está desactivada (docker info: LiveRestoreEnabled false).</translation>
    </message>
    <message>
        <source>dockerd command line</source>
        <translation>línea de órdenes de dockerd</translation>
    </message>
    <message>
        <source>log-level is not set: the default is info.</source>
        <translation>log-level no está definido: el valor predeterminado es info.</translation>
    </message>
    <message>
        <source>log-level is %1 (%2).</source>
        <translation>log-level es %1 (%2).</translation>
    </message>
    <message>
        <source>log-level is %1 (%2): events useful for an investigation are not logged.</source>
        <translation>log-level es %1 (%2): no se registran eventos útiles para una investigación.</translation>
    </message>
    <message>
        <source>log-level is %1 (%2): debug logs can leak sensitive data and fill the disk.</source>
        <translation>log-level es %1 (%2): los registros de depuración pueden filtrar datos sensibles y llenar el disco.</translation>
    </message>
    <message>
        <source>This audit reached the daemon over plain TCP (%1): anyone who can reach that port controls the host.</source>
        <translation>Esta auditoría ha llegado al demonio por TCP sin cifrar (%1): cualquiera que llegue a ese puerto controla el host.</translation>
    </message>
    <message>
        <source>The daemon listens on %1 without --tlsverify: anyone who can reach that port controls the host.</source>
        <translation>El demonio escucha en %1 sin --tlsverify: cualquiera que llegue a ese puerto controla el host.</translation>
    </message>
    <message>
        <source>The daemon listens on %1 with TLS client verification.</source>
        <translation>El demonio escucha en %1 con verificación TLS del cliente.</translation>
    </message>
    <message>
        <source>This audit reached the daemon over TLS (%1).</source>
        <translation>Esta auditoría ha llegado al demonio por TLS (%1).</translation>
    </message>
    <message>
        <source>Neither dockerd&apos;s command line nor daemon.json is visible: run Escut as root.</source>
        <translation>No se ven ni la línea de órdenes de dockerd ni daemon.json: ejecute Escut como root.</translation>
    </message>
    <message>
        <source>The daemon listens only on local sockets (%1).</source>
        <translation>El demonio solo escucha en sockets locales (%1).</translation>
    </message>
    <message>
        <source>Insecure registries (plain HTTP or unverified TLS): %1.</source>
        <translation>Registros inseguros (HTTP sin cifrar o TLS sin verificar): %1.</translation>
    </message>
    <message>
        <source>No insecure registries besides the local 127.0.0.0/8.</source>
        <translation>No hay registros inseguros aparte del local 127.0.0.0/8.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is %2:%3 %4</source>
        <translation>%1 es %2:%3 %4</translation>
    </message>
    <message>
        <source>%1 (expected owner root and mode %2 or stricter).</source>
        <translation>%1 (se esperaba propietario root y modo %2 o más restrictivo).</translation>
    </message>
    <message>
        <source>%1: run Escut as root to check it.</source>
        <translation>%1: ejecute Escut como root para comprobarlo.</translation>
    </message>
    <message>
        <source>None of these files exist on this host.</source>
        <translation>Ninguno de estos ficheros existe en este host.</translation>
    </message>
    <message>
        <source>The file was not found on this host.</source>
        <translation>No se ha encontrado el fichero en este host.</translation>
    </message>
    <message>
        <source>The daemon did not report its version.</source>
        <translation>El demonio no ha informado de su versión.</translation>
    </message>
    <message>
        <source>Docker %1 is long out of support: upgrade.</source>
        <translation>Docker %1 lleva tiempo sin soporte: actualícelo.</translation>
    </message>
    <message>
        <source>Docker %1 is past its upstream end of life; distribution packages (such as Debian&apos;s +dfsg builds) may still carry security backports.</source>
        <translation>Docker %1 ha superado su fin de vida oficial; los paquetes de las distribuciones (como las compilaciones +dfsg de Debian) aún pueden incluir correcciones de seguridad.</translation>
    </message>
    <message>
        <source>Docker %1 is a maintained release line.</source>
        <translation>Docker %1 es una rama con mantenimiento.</translation>
    </message>
    <message>
        <source>Isolated runtimes registered: %1 (default runtime: %2).</source>
        <translation>Runtimes aislados registrados: %1 (runtime predeterminado: %2).</translation>
    </message>
    <message>
        <source>Only runc-style runtimes are registered (%1): every container shares the host kernel.</source>
        <translation>Solo hay registrados runtimes de tipo runc (%1): todos los contenedores comparten el kernel del host.</translation>
    </message>
    <message>
        <source>daemon.json is valid</source>
        <translation>daemon.json es válido</translation>
    </message>
    <message>
        <source>dockerd reads /etc/docker/daemon.json at start. Invalid JSON, a comment or an unknown key makes it refuse to start, and a setting given both there and on the command line is a conflict. A broken file means the hardening you wrote is not applied.</source>
        <translation>dockerd lee /etc/docker/daemon.json al arrancar. Un JSON no válido, un comentario o una clave desconocida hacen que no arranque, y un parámetro definido a la vez en el fichero y en la línea de órdenes es un conflicto. Un fichero roto significa que el bastionado que escribió no se aplica.</translation>
    </message>
    <message>
        <source>Fix the JSON (no comments, no trailing commas), remove unknown keys, and set each option in one place only. Check it with &apos;dockerd --validate&apos; where available.</source>
        <translation>Corrija el JSON (sin comentarios ni comas finales), quite las claves desconocidas y defina cada opción en un solo lugar. Compruébelo con &apos;dockerd --validate&apos; si está disponible.</translation>
    </message>
    <message>
        <source>Debug mode is off</source>
        <translation>El modo de depuración está desactivado</translation>
    </message>
    <message>
        <source>Debug mode logs request bodies and internals that can include secrets, and fills the disk. Seed 002: put &quot;debug&quot;: false in daemon.json.</source>
        <translation>El modo de depuración registra cuerpos de peticiones y detalles internos que pueden contener secretos, y llena el disco. Documento 002: ponga &quot;debug&quot;: false en daemon.json.</translation>
    </message>
    <message>
        <source>Set &quot;debug&quot;: false in /etc/docker/daemon.json and reload the daemon.</source>
        <translation>Ponga &quot;debug&quot;: false en /etc/docker/daemon.json y recargue el demonio.</translation>
    </message>
    <message>
        <source>Inter-container communication is restricted</source>
        <translation>La comunicación entre contenedores está restringida</translation>
    </message>
    <message>
        <source>By default every container on the default bridge can talk to every other one. With icc disabled, containers only see those linked explicitly (for example WordPress and its MySQL), so one compromised container cannot probe the rest.</source>
        <translation>Por defecto, cada contenedor de la red bridge predeterminada puede hablar con todos los demás. Con icc desactivado, los contenedores solo ven a los enlazados explícitamente (por ejemplo WordPress y su MySQL), de modo que un contenedor comprometido no puede sondear al resto.</translation>
    </message>
    <message>
        <source>Set &quot;icc&quot;: false in /etc/docker/daemon.json and restart dockerd; connect containers that must talk through user-defined networks.</source>
        <translation>Ponga &quot;icc&quot;: false en /etc/docker/daemon.json y reinicie dockerd; conecte los contenedores que deban comunicarse mediante redes definidas por el usuario.</translation>
    </message>
    <message>
        <source>Default ulimits are set</source>
        <translation>Hay ulimits predeterminados</translation>
    </message>
    <message>
        <source>Default ulimits cap open files and processes for every container that does not set its own, so one container cannot exhaust the host. Seed 002 recommends small defaults, raised per container at run time when needed.</source>
        <translation>Los ulimits predeterminados limitan los ficheros abiertos y los procesos de cada contenedor que no define los suyos, de modo que un contenedor no puede agotar el host. El documento 002 recomienda valores predeterminados pequeños, que se amplían por contenedor en tiempo de ejecución cuando hace falta.</translation>
    </message>
    <message>
        <source>Add &quot;default-ulimits&quot;: {&quot;nofile&quot;: {&quot;Name&quot;: &quot;nofile&quot;, &quot;Soft&quot;: 1024, &quot;Hard&quot;: 2048}} to daemon.json and restart dockerd.</source>
        <translation>Añada &quot;default-ulimits&quot;: {&quot;nofile&quot;: {&quot;Name&quot;: &quot;nofile&quot;, &quot;Soft&quot;: 1024, &quot;Hard&quot;: 2048}} a daemon.json y reinicie dockerd.</translation>
    </message>
    <message>
        <source>User namespaces remap container root</source>
        <translation>Los espacios de nombres de usuario reasignan el root del contenedor</translation>
    </message>
    <message>
        <source>Without user namespace remapping, uid 0 in a container is uid 0 on the host: a container escape gives full root. Remapping (or a rootless daemon) maps it to an unprivileged range.</source>
        <translation>Sin reasignación de espacios de nombres de usuario, el uid 0 de un contenedor es el uid 0 del host: una fuga del contenedor da root completo. La reasignación (o un demonio rootless) lo convierte en un rango sin privilegios.</translation>
    </message>
    <message>
        <source>Set &quot;userns-remap&quot;: &quot;default&quot; in daemon.json and restart dockerd (existing images and volumes are owned by other uids afterwards), or run Docker rootless.</source>
        <translation>Ponga &quot;userns-remap&quot;: &quot;default&quot; en daemon.json y reinicie dockerd (después, las imágenes y los volúmenes existentes pertenecen a otros uid), o ejecute Docker en modo rootless.</translation>
    </message>
    <message>
        <source>Live restore is enabled</source>
        <translation>La restauración en vivo está activada</translation>
    </message>
    <message>
        <source>With live restore, containers keep running while dockerd restarts, so security updates of the daemon do not take services down.</source>
        <translation>Con la restauración en vivo, los contenedores siguen funcionando mientras dockerd se reinicia, de modo que las actualizaciones de seguridad del demonio no paran los servicios.</translation>
    </message>
    <message>
        <source>Set &quot;live-restore&quot;: true in daemon.json and reload dockerd (SIGHUP).</source>
        <translation>Ponga &quot;live-restore&quot;: true en daemon.json y recargue dockerd (SIGHUP).</translation>
    </message>
    <message>
        <source>New privileges are blocked by default</source>
        <translation>Los privilegios nuevos están bloqueados por defecto</translation>
    </message>
    <message>
        <source>no-new-privileges stops processes in containers from gaining privileges through setuid or setcap binaries. Setting it daemon-wide protects every container.</source>
        <translation>no-new-privileges impide que los procesos de los contenedores obtengan privilegios mediante binarios setuid o setcap. Definirlo para todo el demonio protege todos los contenedores.</translation>
    </message>
    <message>
        <source>Set &quot;no-new-privileges&quot;: true in daemon.json and restart dockerd.</source>
        <translation>Ponga &quot;no-new-privileges&quot;: true en daemon.json y reinicie dockerd.</translation>
    </message>
    <message>
        <source>The userland proxy is disabled</source>
        <translation>El proxy en espacio de usuario está desactivado</translation>
    </message>
    <message>
        <source>docker-proxy is a userland process per published port; iptables rules do the same job in the kernel with less attack surface.</source>
        <translation>docker-proxy es un proceso en espacio de usuario por cada puerto publicado; las reglas iptables hacen el mismo trabajo dentro del kernel con menos superficie de ataque.</translation>
    </message>
    <message>
        <source>Set &quot;userland-proxy&quot;: false in daemon.json and restart dockerd.</source>
        <translation>Ponga &quot;userland-proxy&quot;: false en daemon.json y reinicie dockerd.</translation>
    </message>
    <message>
        <source>Log level is info</source>
        <translation>El nivel de registro es info</translation>
    </message>
    <message>
        <source>The info level records the events an investigation needs without the volume and sensitive detail of debug.</source>
        <translation>El nivel info registra los eventos que necesita una investigación sin el volumen ni los detalles sensibles de debug.</translation>
    </message>
    <message>
        <source>Set &quot;log-level&quot;: &quot;info&quot; in daemon.json (or remove the key) and reload dockerd.</source>
        <translation>Ponga &quot;log-level&quot;: &quot;info&quot; en daemon.json (o quite la clave) y recargue dockerd.</translation>
    </message>
    <message>
        <source>Remote API access requires TLS</source>
        <translation>El acceso remoto a la API requiere TLS</translation>
    </message>
    <message>
        <source>The Docker API is root on the host. Listening on TCP without mutual TLS lets anyone who reaches the port start privileged containers.</source>
        <translation>La API de Docker es root en el host. Escuchar por TCP sin TLS mutuo permite a cualquiera que llegue al puerto arrancar contenedores privilegiados.</translation>
    </message>
    <message>
        <source>Listen only on the unix socket, or set &quot;tlsverify&quot;: true with tlscacert, tlscert and tlskey, and use port 2376.</source>
        <translation>Escuche solo en el socket unix, o ponga &quot;tlsverify&quot;: true con tlscacert, tlscert y tlskey, y use el puerto 2376.</translation>
    </message>
    <message>
        <source>No insecure registries</source>
        <translation>No hay registros inseguros</translation>
    </message>
    <message>
        <source>An insecure registry is reached over plain HTTP or unverified TLS: anyone on the path can swap the images you pull.</source>
        <translation>A un registro inseguro se llega por HTTP sin cifrar o TLS sin verificar: cualquiera que esté en el camino puede cambiar las imágenes que descarga.</translation>
    </message>
    <message>
        <source>Remove &quot;insecure-registries&quot; from daemon.json and give the registry a valid TLS certificate.</source>
        <translation>Quite &quot;insecure-registries&quot; de daemon.json y dé al registro un certificado TLS válido.</translation>
    </message>
    <message>
        <source>docker.sock belongs to root:docker, mode 660</source>
        <translation>docker.sock pertenece a root:docker, modo 660</translation>
    </message>
    <message>
        <source>Whoever can write to the Docker socket controls the daemon, which runs as root. Seed 002: other users should not even see the socket.</source>
        <translation>Quien puede escribir en el socket de Docker controla el demonio, que se ejecuta como root. Documento 002: los demás usuarios ni siquiera deberían ver el socket.</translation>
    </message>
    <message>
        <source>chown root:docker /var/run/docker.sock; chmod 660 /var/run/docker.sock.</source>
        <translation>chown root:docker /var/run/docker.sock; chmod 660 /var/run/docker.sock.</translation>
    </message>
    <message>
        <source>daemon.json and /etc/docker are owned by root and not writable by others</source>
        <translation>daemon.json y /etc/docker pertenecen a root y los demás no pueden escribir en ellos</translation>
    </message>
    <message>
        <source>Whoever can change the daemon&apos;s configuration can weaken every container at the next restart. Seed 002: users must not be able to touch it.</source>
        <translation>Quien puede cambiar la configuración del demonio puede debilitar todos los contenedores en el siguiente reinicio. Documento 002: los usuarios no deben poder tocarla.</translation>
    </message>
    <message>
        <source>chown root:root /etc/docker/daemon.json; chmod 644 /etc/docker/daemon.json; chmod 755 /etc/docker.</source>
        <translation>chown root:root /etc/docker/daemon.json; chmod 644 /etc/docker/daemon.json; chmod 755 /etc/docker.</translation>
    </message>
    <message>
        <source>key.json and TLS keys are readable by root only</source>
        <translation>key.json y las claves TLS solo las puede leer root</translation>
    </message>
    <message>
        <source>key.json holds the daemon&apos;s private key (base64) used for TLS, for example with a registry; TLS keys prove the daemon&apos;s identity. Seed 002: no user but root may read them.</source>
        <translation>key.json contiene la clave privada del demonio (en base64) que se usa para TLS, por ejemplo con un registro; las claves TLS prueban la identidad del demonio. Documento 002: ningún usuario que no sea root debe poder leerlas.</translation>
    </message>
    <message>
        <source>Docker is a supported version</source>
        <translation>Docker es una versión con soporte</translation>
    </message>
    <message>
        <source>Containers share the host kernel and the daemon runs as root: an unpatched daemon is a way in. Seed 002: keep all system software at the latest stable version.</source>
        <translation>Los contenedores comparten el kernel del host y el demonio se ejecuta como root: un demonio sin parches es una puerta de entrada. Documento 002: mantenga todo el software del sistema en la última versión estable.</translation>
    </message>
    <message>
        <source>Upgrade Docker Engine to a maintained release, and keep the distribution&apos;s security updates applied.</source>
        <translation>Actualice Docker Engine a una versión con mantenimiento y mantenga aplicadas las actualizaciones de seguridad de la distribución.</translation>
    </message>
    <message>
        <source>An isolated runtime (gVisor or Kata) is available</source>
        <translation>Hay disponible un runtime aislado (gVisor o Kata)</translation>
    </message>
    <message>
        <source>runc containers share the host kernel. gVisor (runsc) puts a user-space kernel between the container and the host; Kata Containers runs each container in a lightweight virtual machine. Either stops most kernel exploits.</source>
        <translation>Los contenedores runc comparten el kernel del host. gVisor (runsc) pone un kernel en espacio de usuario entre el contenedor y el host; Kata Containers ejecuta cada contenedor en una máquina virtual ligera. Ambos detienen la mayoría de exploits del kernel.</translation>
    </message>
    <message>
        <source>Install gVisor (apt install runsc; runsc install) or Kata Containers, register it under &quot;runtimes&quot; in daemon.json, and run sensitive containers with --runtime=runsc.</source>
        <translation>Instale gVisor (apt install runsc; runsc install) o Kata Containers, regístrelo en &quot;runtimes&quot; de daemon.json y ejecute los contenedores sensibles con --runtime=runsc.</translation>
    </message>
    <message>
        <source>Host files are not visible from a remote endpoint (%1): run Escut on the Docker host itself.</source>
        <translation>Los ficheros del host no se ven desde un punto de conexión remoto (%1): ejecute Escut en el propio host de Docker.</translation>
    </message>
    <message>
        <source>privileged: true.</source>
        <translation>privileged: true.</translation>
    </message>
    <message>
        <source>Not privileged.</source>
        <translation>No es privilegiado.</translation>
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
        <translation>Sin cap_drop: [ALL]: el servicio conserva las capabilities predeterminadas de Docker.</translation>
    </message>
    <message>
        <source>security_opt has %1.</source>
        <translation>security_opt tiene %1.</translation>
    </message>
    <message>
        <source>security_opt has no no-new-privileges:true.</source>
        <translation>security_opt no tiene no-new-privileges:true.</translation>
    </message>
    <message>
        <source>No user: the service runs as the image&apos;s user, root unless the image says otherwise.</source>
        <translation>Sin user: el servicio se ejecuta con el usuario de la imagen, root salvo que la imagen diga otra cosa.</translation>
    </message>
    <message>
        <source>user: %1 is root.</source>
        <translation>user: %1 es root.</translation>
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
        <translation>El sistema de ficheros raíz se puede escribir (no hay read_only: true).</translation>
    </message>
    <message>
        <source>Memory and CPU are limited.</source>
        <translation>La memoria y la CPU están limitadas.</translation>
    </message>
    <message>
        <source>Memory is limited but CPU is not.</source>
        <translation>La memoria está limitada pero la CPU no.</translation>
    </message>
    <message>
        <source>CPU is limited but memory is not.</source>
        <translation>La CPU está limitada pero la memoria no.</translation>
    </message>
    <message>
        <source>No memory or CPU limit (mem_limit, cpus or deploy.resources.limits).</source>
        <translation>Sin límite de memoria ni de CPU (mem_limit, cpus o deploy.resources.limits).</translation>
    </message>
    <message>
        <source>Mounts %1: the service controls the Docker daemon.</source>
        <translation>Monta %1: el servicio controla el demonio de Docker.</translation>
    </message>
    <message>
        <source>No runtime socket mounted.</source>
        <translation>No hay ningún socket del runtime montado.</translation>
    </message>
    <message>
        <source>network_mode: host: every port the service opens is open on the host.</source>
        <translation>network_mode: host: cada puerto que abre el servicio queda abierto en el host.</translation>
    </message>
    <message>
        <source>Ports published on every interface: %1.</source>
        <translation>Puertos publicados en todas las interfaces: %1.</translation>
    </message>
    <message>
        <source>No port published on every interface.</source>
        <translation>Ningún puerto publicado en todas las interfaces.</translation>
    </message>
    <message>
        <source>Built from a Dockerfile (see the dockerfile checks).</source>
        <translation>Se construye a partir de un Dockerfile (vea las comprobaciones de Dockerfile).</translation>
    </message>
    <message>
        <source>Neither image nor build.</source>
        <translation>No tiene ni image ni build.</translation>
    </message>
    <message>
        <source>%1 is pinned by digest.</source>
        <translation>%1 está fijada por digest.</translation>
    </message>
    <message>
        <source>%1 has no fixed tag: every pull may bring a different image.</source>
        <translation>%1 no tiene una etiqueta fija: cada pull puede traer una imagen distinta.</translation>
    </message>
    <message>
        <source>%1: the tag comes from a variable.</source>
        <translation>%1: la etiqueta viene de una variable.</translation>
    </message>
    <message>
        <source>%1 has a fixed tag (a digest would pin it exactly).</source>
        <translation>%1 tiene una etiqueta fija (un digest la fijaría exactamente).</translation>
    </message>
    <message>
        <source>Secrets written in the file as environment values: %1.</source>
        <translation>Secretos escritos en el fichero como valores de entorno: %1.</translation>
    </message>
    <message>
        <source>Uses Docker secrets.</source>
        <translation>Usa Docker Secrets.</translation>
    </message>
    <message>
        <source>No secret-looking value in the environment.</source>
        <translation>Ningún valor del entorno parece un secreto.</translation>
    </message>
    <message>
        <source>Service is not privileged</source>
        <translation>El servicio no es privilegiado</translation>
    </message>
    <message>
        <source>privileged: true in a Compose file is --privileged: every capability and every host device, one step from root on the host.</source>
        <translation>privileged: true en un fichero Compose es --privileged: todas las capabilities y todos los dispositivos del host, a un paso de ser root en el host.</translation>
    </message>
    <message>
        <source>Remove privileged: true and add only the capabilities the service needs with cap_add.</source>
        <translation>Quite privileged: true y añada solo las capabilities que el servicio necesita con cap_add.</translation>
    </message>
    <message>
        <source>Service drops all capabilities</source>
        <translation>El servicio elimina todas las capabilities</translation>
    </message>
    <message>
        <source>Seed 000&apos;s docker-compose.yml drops every capability with cap_drop: ALL; the service then adds back only what it needs.</source>
        <translation>El docker-compose.yml del documento 000 elimina todas las capabilities con cap_drop: ALL; después el servicio solo vuelve a añadir lo que necesita.</translation>
    </message>
    <message>
        <source>Add cap_drop: [ALL] and the cap_add entries the service needs.</source>
        <translation>Añada cap_drop: [ALL] y las entradas cap_add que el servicio necesite.</translation>
    </message>
    <message>
        <source>Service cannot gain new privileges</source>
        <translation>El servicio no puede obtener privilegios nuevos</translation>
    </message>
    <message>
        <source>security_opt: no-new-privileges:true, as in seed 000&apos;s example, stops setuid binaries from raising privileges.</source>
        <translation>security_opt: no-new-privileges:true, como en el ejemplo del documento 000, impide que los binarios setuid eleven privilegios.</translation>
    </message>
    <message>
        <source>Add security_opt: [&quot;no-new-privileges:true&quot;].</source>
        <translation>Añada security_opt: [&quot;no-new-privileges:true&quot;].</translation>
    </message>
    <message>
        <source>Service runs as a non-root user</source>
        <translation>El servicio se ejecuta con un usuario no root</translation>
    </message>
    <message>
        <source>Without user:, the service runs as the image&apos;s user, usually root, the same uid 0 as the host&apos;s root.</source>
        <translation>Sin user:, el servicio se ejecuta con el usuario de la imagen, normalmente root, el mismo uid 0 que el root del host.</translation>
    </message>
    <message>
        <source>Set user: to a non-root UID:GID the image supports.</source>
        <translation>Defina user: con un UID:GID no root que la imagen admita.</translation>
    </message>
    <message>
        <source>Service root filesystem is read-only</source>
        <translation>El sistema de ficheros raíz del servicio es de solo lectura</translation>
    </message>
    <message>
        <source>read_only: true stops an attacker from changing binaries or dropping tools into the container.</source>
        <translation>read_only: true impide que un atacante modifique binarios o deje herramientas dentro del contenedor.</translation>
    </message>
    <message>
        <source>Add read_only: true and tmpfs entries for the paths the service writes.</source>
        <translation>Añada read_only: true y entradas tmpfs para las rutas donde escribe el servicio.</translation>
    </message>
    <message>
        <source>Service memory and CPU are limited</source>
        <translation>La memoria y la CPU del servicio están limitadas</translation>
    </message>
    <message>
        <source>Without limits one service can take all the host&apos;s memory or CPU and bring down the others (seed 002).</source>
        <translation>Sin límites, un servicio puede ocupar toda la memoria o la CPU del host y tumbar a los demás (documento 002).</translation>
    </message>
    <message>
        <source>Add mem_limit and cpus (file format 2) or deploy.resources.limits (format 3).</source>
        <translation>Añada mem_limit y cpus (formato de fichero 2) o deploy.resources.limits (formato 3).</translation>
    </message>
    <message>
        <source>Service does not mount the Docker socket</source>
        <translation>El servicio no monta el socket de Docker</translation>
    </message>
    <message>
        <source>A docker.sock volume gives the service the whole Docker daemon, and so the host.</source>
        <translation>Un volumen docker.sock da al servicio todo el demonio de Docker y, por tanto, el host.</translation>
    </message>
    <message>
        <source>Remove the docker.sock volume; use a rootless daemon or a socket proxy for CI.</source>
        <translation>Quite el volumen docker.sock; para CI use un demonio rootless o un proxy del socket.</translation>
    </message>
    <message>
        <source>Service ports are bound to loopback</source>
        <translation>Los puertos del servicio están vinculados a loopback</translation>
    </message>
    <message>
        <source>&quot;8080:80&quot; publishes on every interface of the host, public ones included, past host firewalls such as ufw.</source>
        <translation>&quot;8080:80&quot; publica en todas las interfaces del host, también las públicas, saltándose cortafuegos como ufw.</translation>
    </message>
    <message>
        <source>Publish as &quot;127.0.0.1:8080:80&quot; unless the service must be public.</source>
        <translation>Publique como &quot;127.0.0.1:8080:80&quot; salvo que el servicio deba ser público.</translation>
    </message>
    <message>
        <source>Service image has a fixed version</source>
        <translation>La imagen del servicio tiene una versión fija</translation>
    </message>
    <message>
        <source>Seed 002: using an image without its version is bad practice; latest changes under you and cannot be checked for vulnerabilities.</source>
        <translation>Documento 002: usar una imagen sin versión es una mala práctica; latest cambia sin avisar y no se pueden comprobar sus vulnerabilidades.</translation>
    </message>
    <message>
        <source>Use image: name:version, or better name@sha256:digest.</source>
        <translation>Use image: nombre:versión, o mejor nombre@sha256:digest.</translation>
    </message>
    <message>
        <source>Service secrets are Docker secrets, not environment values</source>
        <translation>Los secretos del servicio son Docker Secrets, no valores de entorno</translation>
    </message>
    <message>
        <source>Seed 000: inject secrets with Docker secrets. Values in environment: end up in the file, in docker inspect and in every process of the container.</source>
        <translation>Documento 000: inyecte los secretos con Docker Secrets. Los valores de environment: acaban en el fichero, en docker inspect y en todos los procesos del contenedor.</translation>
    </message>
    <message>
        <source>Move them to secrets: (files under /run/secrets) and use the images&apos; _FILE variables.</source>
        <translation>Páselos a secrets: (ficheros en /run/secrets) y use las variables _FILE de las imágenes.</translation>
    </message>
    <message>
        <source>%1 → %2: not resolved in this snapshot</source>
        <translation>%1 → %2: no resuelto en esta instantánea</translation>
    </message>
    <message>
        <source>No bind or volume mounts: the container keeps its data in its writable layer, under Docker&apos;s data root (see host.encrypted-docker-root).</source>
        <translation>Ningún montaje bind ni volumen: el contenedor guarda sus datos en su capa de escritura, dentro del directorio de datos de Docker (vea host.encrypted-docker-root).</translation>
    </message>
    <message numerus="yes">
        <source>%n mount(s) on unencrypted storage: %1</source>
        <translation>
            <numerusform>%n montaje en almacenamiento sin cifrar: %1</numerusform>
            <numerusform>%n montajes en almacenamiento sin cifrar: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every mount is on encrypted storage: %1</source>
        <translation>Todos los montajes están en almacenamiento cifrado: %1</translation>
    </message>
    <message>
        <source>docker info reports no DockerRootDir.</source>
        <translation>docker info no informa de ningún DockerRootDir.</translation>
    </message>
    <message>
        <source>The container&apos;s volumes are on encrypted storage</source>
        <translation>Los volúmenes del contenedor están en almacenamiento cifrado</translation>
    </message>
    <message>
        <source>Bind mounts and volumes hold the data that outlives the container: databases, uploads, keys. Seed 000 asks for encryption at rest (LUKS/dm-crypt for the block device, or fscrypt for a directory), so a stolen disk or a discarded snapshot reveals nothing.</source>
        <translation>Los montajes bind y los volúmenes guardan los datos que sobreviven al contenedor: bases de datos, ficheros subidos, claves. El documento 000 pide cifrado en reposo (LUKS/dm-crypt para el dispositivo de bloques, o fscrypt para un directorio), para que un disco robado o una instantánea descartada no revelen nada.</translation>
    </message>
    <message>
        <source>Move the volume&apos;s data to a LUKS-encrypted filesystem (cryptsetup luksFormat, then mount it and point the bind mount or the volume&apos;s device option at it), or encrypt the directory with fscrypt encrypt.</source>
        <translation>Mueva los datos del volumen a un sistema de ficheros cifrado con LUKS (cryptsetup luksFormat; después móntelo y haga que el montaje bind o la opción device del volumen apunten a él), o cifre el directorio con fscrypt encrypt.</translation>
    </message>
    <message>
        <source>Docker&apos;s data root is on encrypted storage</source>
        <translation>El directorio de datos de Docker está en almacenamiento cifrado</translation>
    </message>
    <message>
        <source>The data root keeps every image layer, every container&apos;s writable layer, logs and named volumes. On an unencrypted disk, anything written inside a container can be read from the disk without Docker.</source>
        <translation>El directorio de datos contiene todas las capas de las imágenes, la capa de escritura de cada contenedor, los registros y los volúmenes con nombre. En un disco sin cifrar, todo lo que se escribe dentro de un contenedor se puede leer del disco sin Docker.</translation>
    </message>
    <message>
        <source>Put the data root on a LUKS-encrypted device (cryptsetup luksFormat, /etc/crypttab) and set data-root in daemon.json to its mount point; move the old data with dockerd stopped.</source>
        <translation>Ponga el directorio de datos en un dispositivo cifrado con LUKS (cryptsetup luksFormat, /etc/crypttab) y haga que data-root de daemon.json sea su punto de montaje; mueva los datos antiguos con dockerd detenido.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>running kernel unknown (%1)</source>
        <translation>kernel en ejecución desconocido (%1)</translation>
    </message>
    <message>
        <source>running kernel %1</source>
        <translation>kernel en ejecución %1</translation>
    </message>
    <message>
        <source>No package manager Escut knows (apt-get, dnf, zypper) was found; %1.</source>
        <translation>No se ha encontrado ningún gestor de paquetes que Escut conozca (apt-get, dnf, zypper); %1.</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message>
        <source>%1, remembered from an earlier audit: the package lists and database have not changed since</source>
        <translation>%1, recordado de una auditoría anterior: las listas y la base de datos de paquetes no han cambiado desde entonces</translation>
    </message>
    <message>
        <source> A reboot is pending (/var/run/reboot-required): the running kernel or libraries are not the updated ones.</source>
        <translation> Hay un reinicio pendiente (/var/run/reboot-required): el kernel o las bibliotecas en ejecución no son los actualizados.</translation>
    </message>
    <message numerus="yes">
        <source>%n security update(s) pending (%1), of %2 in all (%3); %4.</source>
        <translation>
            <numerusform>%n actualización de seguridad pendiente (%1), de %2 en total (%3); %4.</numerusform>
            <numerusform>%n actualizaciones de seguridad pendientes (%1), de %2 en total (%3); %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) pending, none from a security archive (%1: %2); %3.</source>
        <translation>
            <numerusform>%n actualización pendiente, ninguna de un repositorio de seguridad (%1: %2); %3.</numerusform>
            <numerusform>%n actualizaciones pendientes, ninguna de un repositorio de seguridad (%1: %2); %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>No update is pending (%1), but %2.</source>
        <translation>No hay ninguna actualización pendiente (%1), pero %2.</translation>
    </message>
    <message>
        <source>No update is pending (%1); %2.</source>
        <translation>No hay ninguna actualización pendiente (%1); %2.</translation>
    </message>
    <message>
        <source>docker info reports %1 in SecurityOptions (the host side is not visible from a remote endpoint).</source>
        <translation>docker info informa de %1 en SecurityOptions (la parte del host no se ve desde un punto de conexión remoto).</translation>
    </message>
    <message>
        <source>SELinux is enforcing (%1) and dockerd labels containers (docker info: name=selinux).</source>
        <translation>SELinux está en modo enforcing (%1) y dockerd etiqueta los contenedores (docker info: name=selinux).</translation>
    </message>
    <message>
        <source>SELinux is enforcing (%1) but dockerd runs without selinux-enabled: containers get no SELinux label.</source>
        <translation>SELinux está en modo enforcing (%1) pero dockerd funciona sin selinux-enabled: los contenedores no reciben ninguna etiqueta SELinux.</translation>
    </message>
    <message>
        <source>AppArmor is enabled in the kernel (%1: Y) but docker info does not report it: containers run unconfined.</source>
        <translation>AppArmor está activado en el kernel (%1: Y) pero docker info no informa de ello: los contenedores se ejecutan sin confinar.</translation>
    </message>
    <message>
        <source>AppArmor is enabled but no profile is in enforce mode (%1: %2 in complain mode).</source>
        <translation>AppArmor está activado pero ningún perfil está en modo enforce (%1: %2 en modo complain).</translation>
    </message>
    <message>
        <source>AppArmor is enabled and enforcing: %1 profile(s) in enforce mode, %2 in complain mode (%3); dockerd applies it (docker info: name=apparmor).</source>
        <translation>AppArmor está activado y se aplica: %1 perfiles en modo enforce, %2 en modo complain (%3); dockerd lo aplica (docker info: name=apparmor).</translation>
    </message>
    <message>
        <source>AppArmor is enabled (%1: Y) and dockerd applies it (docker info: name=apparmor); the profile counts are unknown: %2</source>
        <translation>AppArmor está activado (%1: Y) y dockerd lo aplica (docker info: name=apparmor); el número de perfiles es desconocido: %2</translation>
    </message>
    <message>
        <source>SELinux is permissive (%1): it logs denials but enforces nothing.</source>
        <translation>SELinux está en modo permissive (%1): registra las denegaciones pero no impone nada.</translation>
    </message>
    <message>
        <source>AppArmor is disabled (%1: N)</source>
        <translation>AppArmor está desactivado (%1: N)</translation>
    </message>
    <message>
        <source>AppArmor is not in the kernel (no %1)</source>
        <translation>AppArmor no está en el kernel (no existe %1)</translation>
    </message>
    <message>
        <source>SELinux is not in use (no %1)</source>
        <translation>SELinux no se usa (no existe %1)</translation>
    </message>
    <message>
        <source>SELinux is %1</source>
        <translation>SELinux está en modo %1</translation>
    </message>
    <message>
        <source>No mandatory access control: %1; %2. Containers are confined by namespaces and seccomp only.</source>
        <translation>Ningún control de acceso obligatorio: %1; %2. Los contenedores solo están confinados por espacios de nombres y seccomp.</translation>
    </message>
    <message>
        <source>dockerd runs with --iptables=false: Docker adds no isolation or NAT rules, and published ports are not filtered the way Docker expects.</source>
        <translation>dockerd se ejecuta con --iptables=false: Docker no añade reglas de aislamiento ni de NAT, y los puertos publicados no se filtran como Docker espera.</translation>
    </message>
    <message>
        <source>daemon.json sets &quot;iptables&quot;: false: Docker adds no isolation or NAT rules, and published ports are not filtered the way Docker expects.</source>
        <translation>daemon.json pone &quot;iptables&quot;: false: Docker no añade reglas de aislamiento ni de NAT, y los puertos publicados no se filtran como Docker espera.</translation>
    </message>
    <message>
        <source>no input chain</source>
        <translation>ninguna cadena de entrada</translation>
    </message>
    <message>
        <source>No firewall filters incoming traffic: input policy %1 and no drop or reject rule reachable from it (%2).</source>
        <translation>Ningún cortafuegos filtra el tráfico entrante: política de entrada %1 y ninguna regla drop ni reject alcanzable desde ella (%2).</translation>
    </message>
    <message numerus="yes">
        <source>input policy %1, %n drop/reject rule(s)</source>
        <translation>
            <numerusform>política de entrada %1, %n regla drop/reject</numerusform>
            <numerusform>política de entrada %1, %n reglas drop/reject</numerusform>
        </translation>
    </message>
    <message>
        <source>Incoming traffic is filtered (%1; %2), but the DOCKER-USER chain is empty: published container ports are forwarded before the input chain sees them.</source>
        <translation>El tráfico entrante se filtra (%1; %2), pero la cadena DOCKER-USER está vacía: los puertos publicados de los contenedores se reenvían antes de que la cadena de entrada los vea.</translation>
    </message>
    <message numerus="yes">
        <source>Incoming traffic is filtered (%1) and DOCKER-USER has %n rule(s) for container traffic (%2).</source>
        <translation>
            <numerusform>El tráfico entrante se filtra (%1) y DOCKER-USER tiene %n regla para el tráfico de los contenedores (%2).</numerusform>
            <numerusform>El tráfico entrante se filtra (%1) y DOCKER-USER tiene %n reglas para el tráfico de los contenedores (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Incoming traffic is filtered (%1; %2).</source>
        <translation>El tráfico entrante se filtra (%1; %2).</translation>
    </message>
    <message>
        <source>There is no docker group (%1): only root can use the Docker socket.</source>
        <translation>No hay grupo docker (%1): solo root puede usar el socket de Docker.</translation>
    </message>
    <message>
        <source>The docker group has no members (%1).</source>
        <translation>El grupo docker no tiene miembros (%1).</translation>
    </message>
    <message>
        <source>In the docker group but not administrators (sudo, wheel, admin): %1. Membership of docker is root on this host (%2). Members: %3.</source>
        <translation>En el grupo docker pero no administradores (sudo, wheel, admin): %1. Pertenecer al grupo docker es ser root en este host (%2). Miembros: %3.</translation>
    </message>
    <message>
        <source>The docker group&apos;s members (%1) are all administrators already (%2); membership is root-equivalent, keep it that way.</source>
        <translation>Los miembros del grupo docker (%1) ya son todos administradores (%2); ser miembro equivale a ser root, manténgalo así.</translation>
    </message>
    <message>
        <source>%1 is on the root filesystem (%2 %3 at /, findmnt): a full data root fills the system&apos;s disk.</source>
        <translation>%1 está en el sistema de ficheros raíz (%2 %3 en /, findmnt): si el directorio de datos se llena, llena el disco del sistema.</translation>
    </message>
    <message>
        <source>%1 is mounted at %2 but it is a bind mount of %3, the root filesystem&apos;s device (findmnt): not a separate partition.</source>
        <translation>%1 está montado en %2 pero es un montaje bind de %3, el dispositivo del sistema de ficheros raíz (findmnt): no es una partición separada.</translation>
    </message>
    <message>
        <source>%1 is mounted at %2 from %3, the same device as / (findmnt): it shares the root filesystem&apos;s space.</source>
        <translation>%1 está montado en %2 desde %3, el mismo dispositivo que / (findmnt): comparte el espacio del sistema de ficheros raíz.</translation>
    </message>
    <message>
        <source>%1 is on its own filesystem: %2 (%3) mounted at %4 (findmnt).</source>
        <translation>%1 está en un sistema de ficheros propio: %2 (%3) montado en %4 (findmnt).</translation>
    </message>
    <message>
        <source>None of the files CIS 1.1.3-1.1.18 audit exist on this host.</source>
        <translation>Ninguno de los ficheros que audita CIS 1.1.3-1.1.18 existe en este host.</translation>
    </message>
    <message>
        <source>auditd watches every Docker file on this host (%1): %2.</source>
        <translation>auditd vigila todos los ficheros de Docker de este host (%1): %2.</translation>
    </message>
    <message numerus="yes">
        <source>No audit rule for %n Docker file(s) (%1): %2.</source>
        <translation>
            <numerusform>Ninguna regla de auditoría para %n fichero de Docker (%1): %2.</numerusform>
            <numerusform>Ninguna regla de auditoría para %n ficheros de Docker (%1): %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Content trust is turned off in %1.</source>
        <translation>Content trust está desactivado en %1.</translation>
    </message>
    <message>
        <source>DOCKER_CONTENT_TRUST=1 is exported in %1%2.</source>
        <translation>DOCKER_CONTENT_TRUST=1 se exporta en %1%2.</translation>
    </message>
    <message>
        <source> and set in this environment</source>
        <translation> y está definido en este entorno</translation>
    </message>
    <message>
        <source>DOCKER_CONTENT_TRUST=1 is set in this environment only: no start file sets it (looked in %1), so new shells pull unsigned images.</source>
        <translation>DOCKER_CONTENT_TRUST=1 solo está definido en este entorno: ningún fichero de inicio lo define (se ha mirado %1), así que los shells nuevos descargan imágenes sin firmar.</translation>
    </message>
    <message>
        <source>DOCKER_CONTENT_TRUST=1 is set but not exported in %1: docker does not see it.</source>
        <translation>DOCKER_CONTENT_TRUST=1 está definido pero no exportado en %1: docker no lo ve.</translation>
    </message>
    <message>
        <source>DOCKER_CONTENT_TRUST is %1 in this environment and no start file sets it to 1 (looked in %2).</source>
        <translation>DOCKER_CONTENT_TRUST vale %1 en este entorno y ningún fichero de inicio lo pone a 1 (se ha mirado %2).</translation>
    </message>
    <message>
        <source>DOCKER_CONTENT_TRUST is not set in this environment nor in any start file (looked in %1): docker pulls and runs unsigned images.</source>
        <translation>DOCKER_CONTENT_TRUST no está definido ni en este entorno ni en ningún fichero de inicio (se ha mirado %1): docker descarga y ejecuta imágenes sin firmar.</translation>
    </message>
    <message>
        <source>no existing file</source>
        <translation>ningún fichero existente</translation>
    </message>
    <message>
        <source>The host has no pending security updates</source>
        <translation>El host no tiene actualizaciones de seguridad pendientes</translation>
    </message>
    <message>
        <source>A container shares the host&apos;s kernel, and dockerd, containerd and runc are host packages: an unpatched kernel or runtime is an escape path for every container. Seed 002 starts host hardening with keeping the system updated.</source>
        <translation>Un contenedor comparte el kernel del host, y dockerd, containerd y runc son paquetes del host: un kernel o un runtime sin parches es una vía de escape para todos los contenedores. El documento 002 empieza el bastionado del host por mantener el sistema actualizado.</translation>
    </message>
    <message>
        <source>Install the pending updates (apt-get update &amp;&amp; apt-get upgrade, dnf upgrade, zypper patch), reboot when the kernel changed, and turn on unattended security updates.</source>
        <translation>Instale las actualizaciones pendientes (apt-get update &amp;&amp; apt-get upgrade, dnf upgrade, zypper patch), reinicie si ha cambiado el kernel y active las actualizaciones de seguridad desatendidas.</translation>
    </message>
    <message>
        <source>AppArmor or SELinux is enabled and enforcing</source>
        <translation>AppArmor o SELinux está activado y se aplica</translation>
    </message>
    <message>
        <source>Mandatory access control confines what a process may do even as root: with AppArmor (docker-default profile) or SELinux labels, a compromised container cannot read or write most of the host. Without it, only namespaces and seccomp stand in the way.</source>
        <translation>El control de acceso obligatorio limita lo que puede hacer un proceso incluso como root: con AppArmor (perfil docker-default) o etiquetas SELinux, un contenedor comprometido no puede leer ni escribir la mayor parte del host. Sin él, solo quedan los espacios de nombres y seccomp.</translation>
    </message>
    <message>
        <source>Enable AppArmor (apparmor=1 security=apparmor on the kernel command line, apt-get install apparmor) or SELinux in enforcing mode (and selinux-enabled in daemon.json), then restart dockerd.</source>
        <translation>Active AppArmor (apparmor=1 security=apparmor en la línea de comandos del kernel, apt-get install apparmor) o SELinux en modo enforcing (y selinux-enabled en daemon.json), y reinicie dockerd.</translation>
    </message>
    <message>
        <source>A firewall filters the host and Docker manages iptables</source>
        <translation>Un cortafuegos filtra el host y Docker gestiona iptables</translation>
    </message>
    <message>
        <source>A host firewall limits what can reach the host&apos;s services. Docker publishes container ports by DNAT in iptables, before the input chain: rules for container traffic belong in the DOCKER-USER chain. With iptables disabled in dockerd, Docker&apos;s isolation rules are missing.</source>
        <translation>Un cortafuegos en el host limita qué puede llegar a sus servicios. Docker publica los puertos de los contenedores con DNAT en iptables, antes de la cadena de entrada: las reglas para el tráfico de los contenedores van en la cadena DOCKER-USER. Con iptables desactivado en dockerd, faltan las reglas de aislamiento de Docker.</translation>
    </message>
    <message>
        <source>Set a drop policy (or drop rules) on the input chain with nftables, iptables, ufw or firewalld, filter published ports in DOCKER-USER, and leave dockerd&apos;s iptables setting at its default (true).</source>
        <translation>Ponga una política drop (o reglas drop) en la cadena de entrada con nftables, iptables, ufw o firewalld, filtre los puertos publicados en DOCKER-USER y deje la opción iptables de dockerd con su valor por defecto (true).</translation>
    </message>
    <message>
        <source>Only administrators are in the docker group</source>
        <translation>Solo hay administradores en el grupo docker</translation>
    </message>
    <message>
        <source>Whoever can use the Docker socket can run &apos;docker run -v /:/host --privileged&apos; and own the host: membership of the docker group is root without a password or a log entry.</source>
        <translation>Quien puede usar el socket de Docker puede ejecutar &apos;docker run -v /:/host --privileged&apos; y adueñarse del host: pertenecer al grupo docker es ser root sin contraseña ni ninguna entrada en el registro.</translation>
    </message>
    <message>
        <source>Remove users who are not administrators from the group (gpasswd -d USER docker); give others sudo rules for specific commands, or rootless Docker.</source>
        <translation>Quite del grupo a los usuarios que no son administradores (gpasswd -d USUARIO docker); dé a los demás reglas sudo para órdenes concretas, o Docker rootless.</translation>
    </message>
    <message>
        <source>Docker&apos;s data root is on its own partition</source>
        <translation>El directorio de datos de Docker está en una partición propia</translation>
    </message>
    <message>
        <source>Images, containers and volumes grow without bound. On the root filesystem they can fill the disk that the system, its logs and its security tools need.</source>
        <translation>Las imágenes, los contenedores y los volúmenes crecen sin límite. En el sistema de ficheros raíz pueden llenar el disco que necesitan el sistema, sus registros y sus herramientas de seguridad.</translation>
    </message>
    <message>
        <source>Put /var/lib/docker (or the data-root of daemon.json) on its own partition or logical volume, mounted at boot through /etc/fstab.</source>
        <translation>Ponga /var/lib/docker (o el data-root de daemon.json) en una partición o un volumen lógico propios, montados al arrancar desde /etc/fstab.</translation>
    </message>
    <message>
        <source>auditd watches Docker&apos;s binaries and files</source>
        <translation>auditd vigila los binarios y los ficheros de Docker</translation>
    </message>
    <message>
        <source>Audit rules on dockerd, containerd, runc, the data root and the configuration files record who changed or ran them: the trail you need after an incident.</source>
        <translation>Las reglas de auditoría sobre dockerd, containerd, runc, el directorio de datos y los ficheros de configuración registran quién los ha cambiado o ejecutado: el rastro que hace falta después de un incidente.</translation>
    </message>
    <message>
        <source>Add a watch for each missing path to /etc/audit/rules.d/docker.rules (for example -w /usr/bin/dockerd -k docker) and load it with augenrules --load.</source>
        <translation>Añada una vigilancia para cada ruta que falta en /etc/audit/rules.d/docker.rules (por ejemplo -w /usr/bin/dockerd -k docker) y cárguela con augenrules --load.</translation>
    </message>
    <message>
        <source>Docker Content Trust is on for the shell</source>
        <translation>Docker Content Trust está activado en el shell</translation>
    </message>
    <message>
        <source>With DOCKER_CONTENT_TRUST=1 the docker client pulls, runs and builds only signed images. Seed 002 says to export it in .bashrc, so that every new shell has it.</source>
        <translation>Con DOCKER_CONTENT_TRUST=1 el cliente docker solo descarga, ejecuta y construye imágenes firmadas. El documento 002 dice que se exporte en .bashrc, para que todos los shells nuevos lo tengan.</translation>
    </message>
    <message>
        <source>Add &apos;export DOCKER_CONTENT_TRUST=1&apos; to ~/.bashrc (or /etc/profile.d for every user) and open a new shell.</source>
        <translation>Añada &apos;export DOCKER_CONTENT_TRUST=1&apos; a ~/.bashrc (o a /etc/profile.d para todos los usuarios) y abra un shell nuevo.</translation>
    </message>
    <message>
        <source>Host facts are only visible for a local daemon (%1): run Escut on the Docker host itself.</source>
        <translation>Los datos del host solo se ven para un demonio local (%1): ejecute Escut en el propio host de Docker.</translation>
    </message>
    <message>
        <source>This snapshot has no host facts (it was collected without the host, encryption and monitoring layers, or by an older Escut): audit again with those layers.</source>
        <translation>Esta instantánea no tiene datos del host (se recogió sin las capas de host, cifrado y monitorización, o con un Escut más antiguo): vuelva a auditar con esas capas.</translation>
    </message>
    <message>
        <source>%1 was not read in this collection.</source>
        <translation>%1 no se ha leído en esta recogida.</translation>
    </message>
    <message>
        <source>%1 is not installed: install it and audit again.</source>
        <translation>%1 no está instalado: instálelo y vuelva a auditar.</translation>
    </message>
    <message>
        <source>%1 is not installed: install it (apt-get install %2) and audit again.</source>
        <translation>%1 no está instalado: instálelo (apt-get install %2) y vuelva a auditar.</translation>
    </message>
    <message>
        <source>%1 needs root: run the audit as root (sudo escut-cli audit) to check this.</source>
        <translation>%1 necesita root: ejecute la auditoría como root (sudo escut-cli audit) para comprobarlo.</translation>
    </message>
    <message>
        <source>%1 is not available on this host.</source>
        <translation>%1 no está disponible en este host.</translation>
    </message>
    <message>
        <source>%1 is not available on this host (%2).</source>
        <translation>%1 no está disponible en este host (%2).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ha fallado: %2</translation>
    </message>
    <message>
        <source>cipher %1 (cryptsetup status)</source>
        <translation>cifrado %1 (cryptsetup status)</translation>
    </message>
    <message>
        <source>LUKS%1, cipher %2 (cryptsetup luksDump)</source>
        <translation>LUKS%1, cifrado %2 (cryptsetup luksDump)</translation>
    </message>
    <message>
        <source>the cipher needs root (cryptsetup status %1)</source>
        <translation>el cifrado necesita root (cryptsetup status %1)</translation>
    </message>
    <message>
        <source>cipher unknown</source>
        <translation>cifrado desconocido</translation>
    </message>
    <message>
        <source>%1 is on %2, a dm-crypt device (lsblk -s: %3); %4.</source>
        <translation>%1 está en %2, un dispositivo dm-crypt (lsblk -s: %3); %4.</translation>
    </message>
    <message>
        <source>%1 is encrypted with fscrypt (%2; %3).</source>
        <translation>%1 está cifrado con fscrypt (%2; %3).</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>desbloqueado</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>%1 has the kernel&apos;s encrypted attribute (statx: fscrypt policy).</source>
        <translation>%1 tiene el atributo de cifrado del kernel (statx: política fscrypt).</translation>
    </message>
    <message>
        <source>%1 is on %2: kept in memory, never written to disk (unless swapped).</source>
        <translation>%1 está en %2: se mantiene en memoria, nunca se escribe en disco (salvo que vaya al intercambio).</translation>
    </message>
    <message>
        <source>%1 is on %2 (%3), not a local block device: its encryption cannot be seen from here.</source>
        <translation>%1 está en %2 (%3), que no es un dispositivo de bloques local: su cifrado no se puede ver desde aquí.</translation>
    </message>
    <message>
        <source>%1 is on %2 (%3): no dm-crypt layer in %4 (lsblk -s)</source>
        <translation>%1 está en %2 (%3): ninguna capa dm-crypt en %4 (lsblk -s)</translation>
    </message>
    <message>
        <source>%1, and the directory is not fscrypt-encrypted (%2).</source>
        <translation>%1, y el directorio no está cifrado con fscrypt (%2).</translation>
    </message>
    <message>
        <source>%1; whether the directory is fscrypt-encrypted is unknown: %2</source>
        <translation>%1; no se sabe si el directorio está cifrado con fscrypt: %2</translation>
    </message>
    <message>
        <source>systemd is not running here</source>
        <translation>systemd no se ejecuta aquí</translation>
    </message>
    <message>
        <source>systemctl: %1 %2</source>
        <translation>systemctl: %1 %2</translation>
    </message>
    <message>
        <source>Falco runs in container %1.</source>
        <translation>Falco se ejecuta en el contenedor %1.</translation>
    </message>
    <message>
        <source>Falco runs as the systemd service %1.</source>
        <translation>Falco se ejecuta como el servicio de systemd %1.</translation>
    </message>
    <message>
        <source>A falco process is running (%1).</source>
        <translation>Hay un proceso falco en ejecución (%1).</translation>
    </message>
    <message>
        <source>Falco is installed (%1) but not running (%2).</source>
        <translation>Falco está instalado (%1) pero no se ejecuta (%2).</translation>
    </message>
    <message>
        <source>No Falco: no falco binary, service, process or running container (%1).</source>
        <translation>Sin Falco: ningún binario, servicio, proceso ni contenedor en ejecución de falco (%1).</translation>
    </message>
    <message>
        <source>systemctl: auditd active</source>
        <translation>systemctl: auditd activo</translation>
    </message>
    <message>
        <source>an auditd process (%1)</source>
        <translation>un proceso auditd (%1)</translation>
    </message>
    <message>
        <source>auditd is installed (%1) but not running (%2).</source>
        <translation>auditd está instalado (%1) pero no se ejecuta (%2).</translation>
    </message>
    <message>
        <source>auditd is not installed (no auditd binary; %1): install it with apt-get install auditd.</source>
        <translation>auditd no está instalado (ningún binario auditd; %1): instálelo con apt-get install auditd.</translation>
    </message>
    <message>
        <source>auditd is running (%1); whether rules are loaded is unknown: %2</source>
        <translation>auditd se ejecuta (%1); no se sabe si tiene reglas cargadas: %2</translation>
    </message>
    <message>
        <source>auditd is running (%1) but no rule is loaded (%2: No rules): it records almost nothing.</source>
        <translation>auditd se ejecuta (%1) pero no tiene ninguna regla cargada (%2: No rules): no registra casi nada.</translation>
    </message>
    <message numerus="yes">
        <source>auditd is running (%1) with %n rule(s) loaded (%2).</source>
        <translation>
            <numerusform>auditd se ejecuta (%1) con %n regla cargada (%2).</numerusform>
            <numerusform>auditd se ejecuta (%1) con %n reglas cargadas (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>dockerd command line: --metrics-addr %1</source>
        <translation>línea de órdenes de dockerd: --metrics-addr %1</translation>
    </message>
    <message>
        <source>daemon.json: &quot;metrics-addr&quot;: %1</source>
        <translation>daemon.json: &quot;metrics-addr&quot;: %1</translation>
    </message>
    <message>
        <source>a prometheus process</source>
        <translation>un proceso prometheus</translation>
    </message>
    <message>
        <source>the prometheus service</source>
        <translation>el servicio prometheus</translation>
    </message>
    <message>
        <source>Prometheus runs (%1) but dockerd exports no metrics: metrics-addr is not set.</source>
        <translation>Prometheus se ejecuta (%1) pero dockerd no exporta métricas: metrics-addr no está definido.</translation>
    </message>
    <message>
        <source>dockerd exports no metrics (metrics-addr is not set in daemon.json nor on its command line) and no Prometheus process or container runs.</source>
        <translation>dockerd no exporta métricas (metrics-addr no está definido ni en daemon.json ni en su línea de órdenes) y no se ejecuta ningún proceso ni contenedor de Prometheus.</translation>
    </message>
    <message>
        <source>%1: the daemon&apos;s metrics are served on %2, reachable from the network; bind them to 127.0.0.1 or filter the port.</source>
        <translation>%1: las métricas del demonio se sirven en %2, accesibles desde la red; vincúlelas a 127.0.0.1 o filtre el puerto.</translation>
    </message>
    <message>
        <source>%1, but no Prometheus process or container was found to scrape it.</source>
        <translation>%1, pero no se ha encontrado ningún proceso ni contenedor de Prometheus que las recoja.</translation>
    </message>
    <message>
        <source>%1, scraped by %2.</source>
        <translation>%1, recogidas por %2.</translation>
    </message>
    <message>
        <source>Falco watches the containers at run time</source>
        <translation>Falco vigila los contenedores en tiempo de ejecución</translation>
    </message>
    <message>
        <source>Falco follows the kernel&apos;s system calls and raises an alert when a container opens a shell, writes under /etc or reads a key: seed 000 lists it to detect what the other layers failed to prevent.</source>
        <translation>Falco sigue las llamadas al sistema del kernel y avisa cuando un contenedor abre un shell, escribe bajo /etc o lee una clave: el documento 000 lo cita para detectar lo que las otras capas no han podido evitar.</translation>
    </message>
    <message>
        <source>Install Falco (the falcosecurity packages, or its container with the modern eBPF probe) and enable its service: systemctl enable --now falco-modern-bpf.</source>
        <translation>Instale Falco (los paquetes de falcosecurity, o su contenedor con la sonda eBPF moderna) y active su servicio: systemctl enable --now falco-modern-bpf.</translation>
    </message>
    <message>
        <source>auditd runs with rules loaded</source>
        <translation>auditd se ejecuta con reglas cargadas</translation>
    </message>
    <message>
        <source>The Linux audit daemon keeps the tamper-evident record of who ran and changed what; without it the host&apos;s audit rules record nothing.</source>
        <translation>El demonio de auditoría de Linux guarda el registro, a prueba de manipulaciones, de quién ha ejecutado y cambiado qué; sin él, las reglas de auditoría del host no registran nada.</translation>
    </message>
    <message>
        <source>apt-get install auditd, systemctl enable --now auditd, and load rules from /etc/audit/rules.d with augenrules --load.</source>
        <translation>apt-get install auditd, systemctl enable --now auditd, y cargue las reglas de /etc/audit/rules.d con augenrules --load.</translation>
    </message>
    <message>
        <source>dockerd&apos;s metrics are exported and scraped</source>
        <translation>Las métricas de dockerd se exportan y se recogen</translation>
    </message>
    <message>
        <source>With metrics-addr, dockerd serves Prometheus metrics (containers started, failed, engine health): a scraper turns them into alerts for crash loops and exhausted resources, which are often the first sign of an attack.</source>
        <translation>Con metrics-addr, dockerd sirve métricas de Prometheus (contenedores iniciados, fallidos, salud del motor): un recolector las convierte en alertas de bucles de fallos y recursos agotados, que a menudo son la primera señal de un ataque.</translation>
    </message>
    <message>
        <source>Set &quot;metrics-addr&quot;: &quot;127.0.0.1:9323&quot; in daemon.json, restart dockerd, and add the target to a Prometheus that runs on the host or in a container.</source>
        <translation>Ponga &quot;metrics-addr&quot;: &quot;127.0.0.1:9323&quot; en daemon.json, reinicie dockerd y añada el objetivo a un Prometheus que se ejecute en el host o en un contenedor.</translation>
    </message>
    <message>
        <source>No firewall filters incoming traffic: there is no input chain, so everything is accepted (%1).</source>
        <translation>Ningún cortafuegos filtra el tráfico entrante: no hay cadena de entrada, así que se acepta todo (%1).</translation>
    </message>
    <message>
        <source>Only in-memory mounts, nothing at rest on a disk: %1</source>
        <translation>Solo montajes en memoria, nada en reposo en un disco: %1</translation>
    </message>
    <message>
        <source>This fact was not collected for the image (an --only selection without this layer, an older snapshot, or an image that appeared during the audit): audit again with this layer.</source>
        <translation>Este dato no se recogió para la imagen (una selección --only sin esta capa, una instantánea más antigua o una imagen aparecida durante la auditoría): vuelva a auditar con esta capa.</translation>
    </message>
    <message>
        <source>%1 (container %2)</source>
        <translation>%1 (contenedor %2)</translation>
    </message>
    <message>
        <source>Floating &apos;latest&apos; references: %1. The same name can bring a different image tomorrow.</source>
        <translation>Referencias &apos;latest&apos; flotantes: %1. El mismo nombre puede traer mañana una imagen distinta.</translation>
    </message>
    <message>
        <source>Untagged image (&lt;none&gt;) that no container uses: nothing says which version it is. Tag it with a version or remove it (docker image prune).</source>
        <translation>Imagen sin etiqueta (&lt;none&gt;) que ningún contenedor usa: nada dice qué versión es. Etiquétela con una versión o elimínela (docker image prune).</translation>
    </message>
    <message>
        <source>No tags.</source>
        <translation>Sin etiquetas.</translation>
    </message>
    <message>
        <source>Tags: %1.</source>
        <translation>Etiquetas: %1.</translation>
    </message>
    <message>
        <source>Used as %1.</source>
        <translation>Usada como %1.</translation>
    </message>
    <message>
        <source>Pinned by digest or id: %1.</source>
        <translation>Fijada por digest o id: %1.</translation>
    </message>
    <message>
        <source>Digest for an exact pin: %1.</source>
        <translation>Digest para fijarla exactamente: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1; the default list</source>
        <translation>%1; la lista por defecto</translation>
    </message>
    <message>
        <source>%1; the default list plus --trusted-source</source>
        <translation>%1; la lista por defecto más --trusted-source</translation>
    </message>
    <message>
        <source>%1; trustedSources in %2</source>
        <translation>%1; trustedSources en %2</translation>
    </message>
    <message>
        <source>%1; trustedSources in %2 plus --trusted-source</source>
        <translation>%1; trustedSources en %2 más --trusted-source</translation>
    </message>
    <message>
        <source>Untagged image with no registry digest: nothing tells where it came from (trusted sources: %1).</source>
        <translation>Imagen sin etiqueta y sin digest de registro: nada dice de dónde viene (fuentes de confianza: %1).</translation>
    </message>
    <message>
        <source>%1 (built or imported on this host) is under the trusted source %2.</source>
        <translation>%1 (construida o importada en este host) está dentro de la fuente de confianza %2.</translation>
    </message>
    <message>
        <source>Pulled from %1, under the trusted source %2.</source>
        <translation>Descargada de %1, dentro de la fuente de confianza %2.</translation>
    </message>
    <message>
        <source>Pulled from %1, which is not a trusted source (%2).</source>
        <translation>Descargada de %1, que no es una fuente de confianza (%2).</translation>
    </message>
    <message>
        <source>%1 was built or imported on this host (no registry digest) and is not under a trusted source (%2): review how it was made, then add it to trustedSources.</source>
        <translation>%1 se construyó o importó en este host (sin digest de registro) y no está dentro de ninguna fuente de confianza (%2): revise cómo se hizo y luego añádala a trustedSources.</translation>
    </message>
    <message>
        <source>The snapshot has no history for this image.</source>
        <translation>La instantánea no tiene el historial de esta imagen.</translation>
    </message>
    <message>
        <source>layer %1 of %2: &apos;%3&apos;</source>
        <translation>capa %1 de %2: &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 with the message &apos;%2&apos;</source>
        <translation>%1 con el mensaje &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Made with docker commit (%1): what changed in that layer cannot be audited.</source>
        <translation>Hecha con docker commit (%1): no se puede auditar qué cambió en esa capa.</translation>
    </message>
    <message numerus="yes">
        <source>Every history entry (%n) comes from a build or a docker import.</source>
        <translation>
            <numerusform>La entrada del historial (%n) viene de una construcción o de un docker import.</numerusform>
            <numerusform>Todas las entradas del historial (%n) vienen de una construcción o de un docker import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every history entry (%n) comes from a build.</source>
        <translation>
            <numerusform>La entrada del historial (%n) viene de una construcción.</numerusform>
            <numerusform>Todas las entradas del historial (%n) vienen de una construcción.</numerusform>
        </translation>
    </message>
    <message>
        <source>ADD from a URL: %1. What was downloaded is not checked against a hash.</source>
        <translation>ADD desde una URL: %1. Lo descargado no se comprueba con ningún hash.</translation>
    </message>
    <message numerus="yes">
        <source>No ADD of a remote URL in the image&apos;s history (%n entries).</source>
        <translation>
            <numerusform>Ningún ADD de una URL remota en el historial de la imagen (%n entrada).</numerusform>
            <numerusform>Ningún ADD de una URL remota en el historial de la imagen (%n entradas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Config.Env sets %1 (values not shown): anyone who can pull the image reads them with docker inspect.</source>
        <translation>Config.Env define %1 (valores no mostrados): cualquiera que pueda descargar la imagen los lee con docker inspect.</translation>
    </message>
    <message>
        <source>Config.Env is empty.</source>
        <translation>Config.Env está vacío.</translation>
    </message>
    <message numerus="yes">
        <source>No variable in Config.Env (%n set) has a secret-looking name with a value.</source>
        <translation>
            <numerusform>Ninguna variable de Config.Env (%n definida) tiene un nombre de secreto con valor.</numerusform>
            <numerusform>Ninguna variable de Config.Env (%n definidas) tiene un nombre de secreto con valor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Untagged image: there is no name to look up trust data for.</source>
        <translation>Imagen sin etiqueta: no hay ningún nombre con el que buscar sus datos de confianza.</translation>
    </message>
    <message>
        <source>Built or imported on this host (no RepoDigests): no registry holds signatures for it. Sign it when you push it (docker trust sign).</source>
        <translation>Construida o importada en este host (sin RepoDigests): ningún registro guarda firmas de ella. Fírmela cuando la suba (docker trust sign).</translation>
    </message>
    <message>
        <source>%1 is signed for digest %2…, but this image has %3…: it was not pulled with content trust, or the tag moved since</source>
        <translation>%1 está firmada para el digest %2…, pero esta imagen tiene %3…: no se descargó con content trust, o la etiqueta se ha movido después</translation>
    </message>
    <message>
        <source>%1 signed by %2 (digest %3…)</source>
        <translation>%1 firmada por %2 (digest %3…)</translation>
    </message>
    <message>
        <source>%1: the repository has trust data, but this tag is not signed</source>
        <translation>%1: el repositorio tiene datos de confianza, pero esta etiqueta no está firmada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No trust data for %1: either the tag is not signed or no notary server could be reached, and docker trust inspect cannot tell which.</source>
        <translation>No hay datos de confianza para %1: o la etiqueta no está firmada o no se pudo llegar a ningún servidor notary, y docker trust inspect no sabe decir cuál de las dos.</translation>
    </message>
    <message>
        <source>trivy %1 found no known vulnerability.</source>
        <translation>trivy %1 no ha encontrado ninguna vulnerabilidad conocida.</translation>
    </message>
    <message>
        <source>%1 %2 in %3 %4, no fix yet</source>
        <translation>%1 %2 en %3 %4, aún sin corrección</translation>
    </message>
    <message>
        <source>%1 %2 in %3 %4, fixed in %5</source>
        <translation>%1 %2 en %3 %4, corregida en %5</translation>
    </message>
    <message numerus="yes">
        <source>%n vulnerabilities (%1; %2 with a fixed version): %3</source>
        <translation>
            <numerusform>%n vulnerabilidad (%1; %2 con versión corregida): %3</numerusform>
            <numerusform>%n vulnerabilidades (%1; %2 con versión corregida): %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 en %3</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) in files (values not shown): %1</source>
        <translation>
            <numerusform>%n secreto en ficheros (valores no mostrados): %1</numerusform>
            <numerusform>%n secretos en ficheros (valores no mostrados): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n misconfiguration(s) (%1)</source>
        <translation>
            <numerusform>%n configuración incorrecta (%1)</numerusform>
            <numerusform>%n configuraciones incorrectas (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>trivy %1: %2.</source>
        <translation>trivy %1: %2.</translation>
    </message>
    <message>
        <source>dockle %1 raised no checkpoint.</source>
        <translation>dockle %1 no ha señalado ningún punto de control.</translation>
    </message>
    <message>
        <source>dockle %1: %2. %3: %4.</source>
        <translation>dockle %1: %2. %3: %4.</translation>
    </message>
    <message>
        <source>Windows image: Escut looks for Linux shells and tools only.</source>
        <translation>Imagen Windows: Escut solo busca shells y herramientas de Linux.</translation>
    </message>
    <message>
        <source>the image has none of /bin, /usr/bin, /sbin, /usr/sbin, /usr/local/bin</source>
        <translation>la imagen no tiene ninguno de /bin, /usr/bin, /sbin, /usr/sbin, /usr/local/bin</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) checked in %1</source>
        <translation>
            <numerusform>%n ruta comprobada en %1</numerusform>
            <numerusform>%n rutas comprobadas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Shells: %1. Package managers: %2. An intruder can run commands and install tools with them.</source>
        <translation>Shells: %1. Gestores de paquetes: %2. Un intruso puede ejecutar órdenes e instalar herramientas con ellos.</translation>
    </message>
    <message>
        <source>No shell and no package manager (%1).</source>
        <translation>Sin shell y sin gestor de paquetes (%1).</translation>
    </message>
    <message>
        <source>Compilers in the image: %1. Build in one stage and copy only the result into the final one.</source>
        <translation>Compiladores en la imagen: %1. Compile en una etapa y copie solo el resultado a la final.</translation>
    </message>
    <message>
        <source>No compiler (%1).</source>
        <translation>Sin compilador (%1).</translation>
    </message>
    <message>
        <source>Config.User is %1.</source>
        <translation>Config.User es %1.</translation>
    </message>
    <message>
        <source>Config.User is %1: containers of this image run as root unless started with -u.</source>
        <translation>Config.User es %1: los contenedores de esta imagen se ejecutan como root salvo que se inicien con -u.</translation>
    </message>
    <message>
        <source>The image has no HEALTHCHECK (Config.Healthcheck is not set).</source>
        <translation>La imagen no tiene HEALTHCHECK (Config.Healthcheck no está definido).</translation>
    </message>
    <message>
        <source>HEALTHCHECK NONE turns off the base image&apos;s health check.</source>
        <translation>HEALTHCHECK NONE desactiva la comprobación de salud de la imagen base.</translation>
    </message>
    <message>
        <source>HEALTHCHECK %1.</source>
        <translation>HEALTHCHECK %1.</translation>
    </message>
    <message>
        <source>The image is signed (Docker Content Trust)</source>
        <translation>La imagen está firmada (Docker Content Trust)</translation>
    </message>
    <message>
        <source>Seed 002: with DOCKER_CONTENT_TRUST=1 Docker checks that the digest of a pulled image matches the one its publisher signed with Notary, so nobody changed it on the way. An unsigned tag, or a local image whose digest differs from the signed one, gives no such guarantee.</source>
        <translation>Documento 002: con DOCKER_CONTENT_TRUST=1 Docker comprueba que el digest de una imagen descargada coincide con el que su editor firmó con Notary, de modo que nadie la cambió por el camino. Una etiqueta sin firmar, o una imagen local con un digest distinto del firmado, no da esa garantía.</translation>
    </message>
    <message>
        <source>Pull with DOCKER_CONTENT_TRUST=1 (docker pull then fails for unsigned tags); sign your own images with docker trust sign when you push them.</source>
        <translation>Descargue con DOCKER_CONTENT_TRUST=1 (entonces docker pull falla con etiquetas sin firmar); firme sus propias imágenes con docker trust sign cuando las suba.</translation>
    </message>
    <message>
        <source>Image versions are pinned</source>
        <translation>Las versiones de la imagen están fijadas</translation>
    </message>
    <message>
        <source>Seed 002: not naming the version is bad practice. &apos;latest&apos;, or no tag at all, brings whatever was pushed last: a rebuild or a restart on another host can run different code, and a scan today says nothing about tomorrow&apos;s image. A digest (name@sha256:…) pins the exact bytes.</source>
        <translation>Documento 002: no indicar la versión es una mala práctica. &apos;latest&apos;, o ninguna etiqueta, trae lo último que se subió: una reconstrucción o un reinicio en otro host puede ejecutar código distinto, y un análisis de hoy no dice nada de la imagen de mañana. Un digest (nombre@sha256:…) fija los bytes exactos.</translation>
    </message>
    <message>
        <source>Use a version tag (nginx:1.25.3), or better the digest (nginx@sha256:…), in FROM lines, docker run and Compose; remove &apos;latest&apos; tags you do not need.</source>
        <translation>Use una etiqueta de versión (nginx:1.25.3), o mejor el digest (nginx@sha256:…), en las líneas FROM, en docker run y en Compose; elimine las etiquetas &apos;latest&apos; que no necesite.</translation>
    </message>
    <message>
        <source>The image comes from a trusted source</source>
        <translation>La imagen viene de una fuente de confianza</translation>
    </message>
    <message>
        <source>Replace the image with an official one or build it yourself from a Dockerfile you have read. If the source is one you trust, add it to trustedSources in ~/.config/escut/escut.conf or pass --trusted-source.</source>
        <translation>Sustituya la imagen por una oficial o constrúyala usted mismo a partir de un Dockerfile que haya leído. Si la fuente es de confianza, añádala a trustedSources en ~/.config/escut/escut.conf o pase --trusted-source.</translation>
    </message>
    <message>
        <source>The image was built, not made with docker commit</source>
        <translation>La imagen se construyó, no se hizo con docker commit</translation>
    </message>
    <message>
        <source>Seed 002: docker commit makes an image out of a container&apos;s changes, and its use is discouraged because nobody can audit it: there is no Dockerfile saying what changed, and the layer can hold anything the container wrote, secrets and shell history included.</source>
        <translation>Documento 002: docker commit crea una imagen a partir de los cambios de un contenedor, y se desaconseja su uso porque nadie la puede auditar: no hay ningún Dockerfile que diga qué cambió, y la capa puede contener cualquier cosa que escribiera el contenedor, secretos e historial del shell incluidos.</translation>
    </message>
    <message>
        <source>Write the change as Dockerfile instructions and build the image (docker build); keep the Dockerfile under version control.</source>
        <translation>Escriba el cambio como instrucciones de Dockerfile y construya la imagen (docker build); mantenga el Dockerfile bajo control de versiones.</translation>
    </message>
    <message>
        <source>No ADD from a URL</source>
        <translation>Ningún ADD desde una URL</translation>
    </message>
    <message>
        <source>Seed 002: ADD can copy from a URL, unlike COPY. Whatever the server sends at build time goes into the image unchecked, and the layer cannot be cached.</source>
        <translation>Documento 002: ADD puede copiar desde una URL, a diferencia de COPY. Lo que envíe el servidor al construir entra en la imagen sin comprobar, y la capa no se puede cachear.</translation>
    </message>
    <message>
        <source>Download in a RUN step with curl or wget and check the file&apos;s SHA-256 before using it (or ADD --checksum=sha256:… with BuildKit); use COPY for local files.</source>
        <translation>Descargue el fichero en un paso RUN con curl o wget y compruebe su SHA-256 antes de usarlo (o ADD --checksum=sha256:… con BuildKit); use COPY para los ficheros locales.</translation>
    </message>
    <message>
        <source>No known high or critical vulnerabilities (trivy)</source>
        <translation>Ninguna vulnerabilidad conocida alta o crítica (trivy)</translation>
    </message>
    <message>
        <source>Seed 002 recommends passive vulnerability scanning with trivy: packages with known CVEs are the easiest way into a container. Escut runs trivy image on every image and fails on HIGH or CRITICAL vulnerabilities or on secrets left in files.</source>
        <translation>El documento 002 recomienda el escaneo pasivo de vulnerabilidades con trivy: los paquetes con CVE conocidos son el camino más fácil para entrar en un contenedor. Escut ejecuta trivy image sobre cada imagen y falla con vulnerabilidades HIGH o CRITICAL o con secretos olvidados en ficheros.</translation>
    </message>
    <message>
        <source>Rebuild on an updated base image (docker build --pull), upgrade the packages trivy lists to their fixed versions, and remove files with secrets.</source>
        <translation>Reconstruya sobre una imagen base actualizada (docker build --pull), actualice los paquetes que lista trivy a sus versiones corregidas y elimine los ficheros con secretos.</translation>
    </message>
    <message>
        <source>The image passes dockle&apos;s best-practice checks</source>
        <translation>La imagen supera las comprobaciones de buenas prácticas de dockle</translation>
    </message>
    <message>
        <source>dockle checks an image against the CIS Docker Benchmark and its own rules: root user, secrets in ENV or files, ADD, setuid files, package caches, empty passwords, duplicate UIDs. FATAL findings fail this check and WARN findings warn.</source>
        <translation>dockle comprueba una imagen con el CIS Docker Benchmark y sus propias reglas: usuario root, secretos en ENV o en ficheros, ADD, ficheros setuid, cachés de paquetes, contraseñas vacías, UID duplicados. Los hallazgos FATAL hacen fallar esta comprobación y los WARN avisan.</translation>
    </message>
    <message>
        <source>Fix what dockle lists (dockle IMAGE shows every alert), rebuild and audit again.</source>
        <translation>Corrija lo que lista dockle (dockle IMAGEN muestra cada alerta), reconstruya y vuelva a auditar.</translation>
    </message>
    <message>
        <source>No secrets in the image&apos;s environment</source>
        <translation>Ningún secreto en el entorno de la imagen</translation>
    </message>
    <message>
        <source>ENV values are part of the image: docker inspect and docker history show them to anyone who can pull it, and every container of the image inherits them. Seed 000 §5: secrets go in Docker secrets, not in the environment.</source>
        <translation>Los valores de ENV forman parte de la imagen: docker inspect y docker history los muestran a cualquiera que pueda descargarla, y todos los contenedores de la imagen los heredan. Documento 000 §5: los secretos van en Docker secrets, no en el entorno.</translation>
    </message>
    <message>
        <source>Remove the ENV lines with secrets, rebuild, and pass the values at run time as Docker secrets (/run/secrets/NAME, NAME_FILE variables).</source>
        <translation>Elimine las líneas ENV con secretos, reconstruya y pase los valores al ejecutar como Docker secrets (/run/secrets/NOMBRE, variables NOMBRE_FILE).</translation>
    </message>
    <message>
        <source>No shell and no package manager in the image (distroless)</source>
        <translation>Sin shell ni gestor de paquetes en la imagen (distroless)</translation>
    </message>
    <message>
        <source>Seed 000 §3: distroless images have no shell and no debugging tools, which shrinks the attack surface: an intruder cannot docker exec a shell or install tools with apt or apk. Escut looks at the image&apos;s files without running it (a stopped container and Docker&apos;s archive API).</source>
        <translation>Documento 000 §3: las imágenes distroless no tienen shell ni herramientas de depuración, lo que reduce la superficie de ataque: un intruso no puede abrir un shell con docker exec ni instalar herramientas con apt o apk. Escut mira los ficheros de la imagen sin ejecutarla (un contenedor detenido y la API de archivos de Docker).</translation>
    </message>
    <message>
        <source>Build the final stage FROM a distroless or scratch image (gcr.io/distroless/static, cgr.dev/chainguard/static) and copy only the program and what it needs into it.</source>
        <translation>Construya la etapa final FROM una imagen distroless o scratch (gcr.io/distroless/static, cgr.dev/chainguard/static) y copie en ella solo el programa y lo que necesita.</translation>
    </message>
    <message>
        <source>No compiler in the image</source>
        <translation>Ningún compilador en la imagen</translation>
    </message>
    <message>
        <source>Seed 002: a compiler in the image adds attack surface, because an intruder could build programs inside the container. Compile in a builder stage and copy only the binary (the seed&apos;s whoami-multistage example).</source>
        <translation>Documento 002: un compilador en la imagen añade superficie de ataque, porque un intruso podría compilar programas dentro del contenedor. Compile en una etapa de construcción y copie solo el binario (el ejemplo whoami-multistage del documento).</translation>
    </message>
    <message>
        <source>Use a multi-stage build: FROM golang AS builder … then FROM a minimal image with COPY --from=builder of the result only.</source>
        <translation>Haga una construcción multietapa: FROM golang AS builder … y luego FROM una imagen mínima con COPY --from=builder solo del resultado.</translation>
    </message>
    <message>
        <source>The image&apos;s default user is not root</source>
        <translation>El usuario por defecto de la imagen no es root</translation>
    </message>
    <message>
        <source>Without USER in the Dockerfile every container of the image runs as root unless whoever starts it remembers -u. A non-root default makes the safe choice the easy one.</source>
        <translation>Sin USER en el Dockerfile, todos los contenedores de la imagen se ejecutan como root salvo que quien los inicia recuerde -u. Un usuario por defecto no root hace que la opción segura sea la fácil.</translation>
    </message>
    <message>
        <source>Add a user in the Dockerfile and switch to it: RUN useradd -r -u 10001 app, then USER 10001 (or USER 65534 in scratch and distroless images).</source>
        <translation>Añada un usuario en el Dockerfile y cambie a él: RUN useradd -r -u 10001 app, luego USER 10001 (o USER 65534 en imágenes scratch y distroless).</translation>
    </message>
    <message>
        <source>The image has a HEALTHCHECK</source>
        <translation>La imagen tiene un HEALTHCHECK</translation>
    </message>
    <message>
        <source>A HEALTHCHECK lets Docker tell a running but broken service from a healthy one, so restart policies and orchestrators can react, and an image that carries it gives the check to every container made from it.</source>
        <translation>Un HEALTHCHECK permite a Docker distinguir un servicio en marcha pero roto de uno sano, para que las políticas de reinicio y los orquestadores puedan reaccionar, y una imagen que lo lleva da la comprobación a todos los contenedores que se hagan con ella.</translation>
    </message>
    <message>
        <source>Add HEALTHCHECK CMD … to the Dockerfile (in distroless images, a small probe binary of the service itself), or set --health-cmd / healthcheck: where the container is started.</source>
        <translation>Añada HEALTHCHECK CMD … al Dockerfile (en imágenes distroless, un pequeño binario de comprobación del propio servicio), o defina --health-cmd / healthcheck: donde se inicia el contenedor.</translation>
    </message>
    <message>
        <source>Not scanned: --no-scan.</source>
        <translation>No analizada: --no-scan.</translation>
    </message>
    <message>
        <source>The build context %1 is remote: Escut reads only local Dockerfiles.</source>
        <translation>El contexto de construcción %1 es remoto: Escut solo lee Dockerfiles locales.</translation>
    </message>
    <message>
        <source>No FROM instruction: this is not a Dockerfile Docker can build.</source>
        <translation>No hay ninguna instrucción FROM: Docker no puede construir este Dockerfile.</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>The final stage (FROM %1, line %2) sets no USER: the container runs as the base image&apos;s user, root for most images.</source>
        <translation>La etapa final (FROM %1, línea %2) no fija ningún USER: el contenedor se ejecuta con el usuario de la imagen base, root en la mayoría de imágenes.</translation>
    </message>
    <message>
        <source>USER %1 (line %2) comes from a build argument with no default.</source>
        <translation>USER %1 (línea %2) viene de un argumento de construcción sin valor por defecto.</translation>
    </message>
    <message>
        <source>USER %1 (line %2) is root.</source>
        <translation>USER %1 (línea %2) es root.</translation>
    </message>
    <message>
        <source>USER %1 (line %2).</source>
        <translation>USER %1 (línea %2).</translation>
    </message>
    <message>
        <source>line %1: ADD downloads %2, checked with --checksum</source>
        <translation>línea %1: ADD descarga %2, comprobado con --checksum</translation>
    </message>
    <message>
        <source>line %1: ADD downloads %2 with no checksum</source>
        <translation>línea %1: ADD descarga %2 sin suma de verificación</translation>
    </message>
    <message>
        <source>line %1: ADD unpacks the archive %2</source>
        <translation>línea %1: ADD desempaqueta el archivo %2</translation>
    </message>
    <message>
        <source>line %1: ADD %2 copies local files: use COPY</source>
        <translation>línea %1: ADD %2 copia ficheros locales: use COPY</translation>
    </message>
    <message>
        <source>No ADD: files come in with COPY.</source>
        <translation>Ningún ADD: los ficheros entran con COPY.</translation>
    </message>
    <message>
        <source>line %1: %2 depends on a build argument with no default</source>
        <translation>línea %1: %2 depende de un argumento de construcción sin valor por defecto</translation>
    </message>
    <message>
        <source>%1 pinned by digest (line %2)</source>
        <translation>%1 fijada por digest (línea %2)</translation>
    </message>
    <message>
        <source>line %1: %2 has no tag (latest)</source>
        <translation>línea %1: %2 no tiene etiqueta (latest)</translation>
    </message>
    <message>
        <source>line %1: %2 is latest</source>
        <translation>línea %1: %2 es latest</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (línea %2)</translation>
    </message>
    <message>
        <source>Built FROM scratch and earlier stages only.</source>
        <translation>Construida solo FROM scratch y etapas anteriores.</translation>
    </message>
    <message>
        <source>Every base image has a fixed version: %1.</source>
        <translation>Todas las imágenes base tienen una versión fija: %1.</translation>
    </message>
    <message>
        <source>base image %1</source>
        <translation>imagen base %1</translation>
    </message>
    <message>
        <source>%1 installs %2</source>
        <translation>%1 instala %2</translation>
    </message>
    <message>
        <source>RUN %1 compiles in this stage</source>
        <translation>RUN %1 compila en esta etapa</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>The final stage keeps a compiler or toolchain: %1.</source>
        <translation>La etapa final conserva un compilador o herramientas de compilación: %1.</translation>
    </message>
    <message>
        <source>Multi-stage build: the final stage (FROM %1) copies its artefacts from %2 (line %3) and keeps no toolchain.</source>
        <translation>Construcción multietapa: la etapa final (FROM %1) copia los artefactos de %2 (línea %3) y no conserva herramientas de compilación.</translation>
    </message>
    <message>
        <source>No compiler or toolchain in the final stage (FROM %1).</source>
        <translation>Ningún compilador ni herramienta de compilación en la etapa final (FROM %1).</translation>
    </message>
    <message>
        <source>Dockerfile&apos;s final stage runs as a non-root user</source>
        <translation>La etapa final del Dockerfile se ejecuta con un usuario no root</translation>
    </message>
    <message>
        <source>Without USER the image runs as root, the same uid 0 as the host&apos;s root: a process that escapes the container, or writes to a mounted path, does so as root. Seed 002: create an unprivileged user in the image.</source>
        <translation>Sin USER la imagen se ejecuta como root, el mismo uid 0 que el root del host: un proceso que escapa del contenedor, o que escribe en una ruta montada, lo hace como root. Documento 002: cree un usuario sin privilegios en la imagen.</translation>
    </message>
    <message>
        <source>Add RUN useradd (or adduser -D) and USER name, or USER 65534:65534, to the final stage, after the steps that need root.</source>
        <translation>Añada RUN useradd (o adduser -D) y USER nombre, o USER 65534:65534, a la etapa final, después de los pasos que necesitan root.</translation>
    </message>
    <message>
        <source>Dockerfile uses COPY instead of ADD</source>
        <translation>El Dockerfile usa COPY en lugar de ADD</translation>
    </message>
    <message>
        <source>ADD also downloads URLs (with no integrity check unless --checksum) and unpacks archives: what ends up in the image is not what the build context holds. COPY copies exactly.</source>
        <translation>ADD también descarga URL (sin control de integridad salvo con --checksum) y desempaqueta archivos: lo que acaba en la imagen no es lo que contiene el contexto de construcción. COPY copia exactamente.</translation>
    </message>
    <message>
        <source>Use COPY for local files; download in a RUN step that checks a SHA-256 (or ADD --checksum=sha256:...).</source>
        <translation>Use COPY para los ficheros locales; descargue en un paso RUN que compruebe un SHA-256 (o ADD --checksum=sha256:...).</translation>
    </message>
    <message>
        <source>Dockerfile base images have a fixed version</source>
        <translation>Las imágenes base del Dockerfile tienen una versión fija</translation>
    </message>
    <message>
        <source>FROM image or image:latest builds on whatever the registry serves that day: the build is not reproducible and a compromised or broken upstream image enters silently. A digest (image@sha256:...) pins exactly what was reviewed.</source>
        <translation>FROM imagen o imagen:latest construye sobre lo que el registro sirva ese día: la construcción no es reproducible y una imagen de origen comprometida o rota entra en silencio. Un digest (imagen@sha256:...) fija exactamente lo que se revisó.</translation>
    </message>
    <message>
        <source>Write FROM name:version, or better FROM name:version@sha256:digest.</source>
        <translation>Escriba FROM nombre:versión, o mejor FROM nombre:versión@sha256:digest.</translation>
    </message>
    <message>
        <source>No compiler is left in the final stage</source>
        <translation>No queda ningún compilador en la etapa final</translation>
    </message>
    <message>
        <source>Seed 000 §3: a minimal image has no compiler. A toolchain (gcc, go, rustc, javac, build-essential...) in the running image lets an attacker build tools inside the container and makes the image bigger with more vulnerabilities. A multi-stage build compiles in one stage and copies only the artefacts into the final one.</source>
        <translation>Documento 000 §3: una imagen mínima no tiene compilador. Unas herramientas de compilación (gcc, go, rustc, javac, build-essential...) en la imagen en ejecución permiten a un atacante construir herramientas dentro del contenedor y hacen la imagen más grande y con más vulnerabilidades. Una construcción multietapa compila en una etapa y copia solo los artefactos a la final.</translation>
    </message>
    <message>
        <source>Build in a stage (FROM golang:1.22 AS build), then start the final stage from a small base (distroless, alpine, scratch) and COPY --from=build only the binaries.</source>
        <translation>Compile en una etapa (FROM golang:1.22 AS build), empiece la etapa final desde una base pequeña (distroless, alpine, scratch) y haga COPY --from=build solo de los binarios.</translation>
    </message>
    <message>
        <source>active probe: run with --active (or enable active probes in Settings).</source>
        <translation>sonda activa: ejecute con --active (o active las sondas activas en Configuración).</translation>
    </message>
    <message>
        <source>Secret-looking environment variables with a value: %1 (visible in docker inspect and to every process).</source>
        <translation>Variables de entorno con aspecto de secreto y con valor: %1 (visibles en docker inspect y para todos los procesos).</translation>
    </message>
    <message>
        <source>It also uses /run/secrets: %1.</source>
        <translation>También usa /run/secrets: %1.</translation>
    </message>
    <message>
        <source>Secrets come from /run/secrets: %1.</source>
        <translation>Los secretos vienen de /run/secrets: %1.</translation>
    </message>
    <message>
        <source>No secret-looking environment variable and no /run/secrets mount.</source>
        <translation>Ninguna variable de entorno con aspecto de secreto y ningún montaje en /run/secrets.</translation>
    </message>
    <message>
        <source>This container was not probed (it appeared after the probes ran).</source>
        <translation>Este contenedor no se ha sondeado (apareció después de las sondas).</translation>
    </message>
    <message>
        <source>The container was not running: docker exec needs a running container.</source>
        <translation>El contenedor no se estaba ejecutando: docker exec necesita un contenedor en ejecución.</translation>
    </message>
    <message>
        <source>docker exec sh -c true succeeded (exit code 0, %1 ms): anyone who reaches the Docker API, or an attacker inside, gets a shell.</source>
        <translation>docker exec sh -c true ha funcionado (código de salida 0, %1 ms): cualquiera que llegue a la API de Docker, o un atacante de dentro, obtiene un shell.</translation>
    </message>
    <message>
        <source>docker exec sh -c true started and was still running after %1 ms: there is a shell.</source>
        <translation>docker exec sh -c true se inició y seguía ejecutándose tras %1 ms: hay un shell.</translation>
    </message>
    <message>
        <source>docker exec sh -c true failed with exit code %1.</source>
        <translation>docker exec sh -c true ha fallado con el código de salida %1.</translation>
    </message>
    <message>
        <source>docker exec sh -c true failed with exit code %1: %2</source>
        <translation>docker exec sh -c true ha fallado con el código de salida %1: %2</translation>
    </message>
    <message>
        <source>The exec probe could not run: %1</source>
        <translation>La sonda de exec no se ha podido ejecutar: %1</translation>
    </message>
    <message>
        <source>Started without any secret, no network and no capabilities, it was still running after %1 s: the service does not check a token before it starts.</source>
        <translation>Iniciado sin ningún secreto, sin red y sin capabilities, seguía ejecutándose tras %1 s: el servicio no comprueba ningún token antes de arrancar.</translation>
    </message>
    <message>
        <source>The probe container could not be created.</source>
        <translation>No se ha podido crear el contenedor de la sonda.</translation>
    </message>
    <message>
        <source>Without secrets the container did not even start: %1</source>
        <translation>Sin secretos el contenedor ni siquiera ha arrancado: %1</translation>
    </message>
    <message>
        <source>Started without any secret, it exited with code 0 after %1 ms: nothing refused to run without the token.</source>
        <translation>Iniciado sin ningún secreto, ha salido con el código 0 tras %1 ms: nada se ha negado a funcionar sin el token.</translation>
    </message>
    <message>
        <source>Started without any secret, no network and no capabilities, it refused to run: exit code %1 after %2 ms.</source>
        <translation>Iniciado sin ningún secreto, sin red y sin capabilities, se ha negado a funcionar: código de salida %1 tras %2 ms.</translation>
    </message>
    <message>
        <source>The run probe did not report an exit code.</source>
        <translation>La sonda de arranque no ha dado ningún código de salida.</translation>
    </message>
    <message>
        <source>The run probe failed: %1</source>
        <translation>La sonda de arranque ha fallado: %1</translation>
    </message>
    <message>
        <source>Secrets come from Docker secrets, not the environment</source>
        <translation>Los secretos vienen de secretos de Docker, no del entorno</translation>
    </message>
    <message>
        <source>Seed 000 §5: inject secrets with Docker secrets, which Compose and Swarm mount as files under /run/secrets. A secret in an environment variable shows in docker inspect, in /proc/*/environ of every process of the container and in the logs of tools that dump their environment.</source>
        <translation>Documento 000 §5: inyecte los secretos con secretos de Docker, que Compose y Swarm montan como ficheros en /run/secrets. Un secreto en una variable de entorno se ve en docker inspect, en /proc/*/environ de todos los procesos del contenedor y en los registros de las herramientas que vuelcan su entorno.</translation>
    </message>
    <message>
        <source>Move the values to secrets: (files under /run/secrets) and point the service at them, for example with the images&apos; NAME_FILE variables.</source>
        <translation>Mueva los valores a secrets: (ficheros en /run/secrets) y haga que el servicio los lea, por ejemplo con las variables NOMBRE_FILE de las imágenes.</translation>
    </message>
    <message>
        <source>docker exec cannot open a shell (active probe)</source>
        <translation>docker exec no puede abrir un shell (sonda activa)</translation>
    </message>
    <message>
        <source>Seed 000: &quot;docker exec should fail&quot;. An image without a shell (distroless, one static binary) gives an intruder, or anyone who reaches the Docker API, nothing to run commands with. The probe runs sh -c true in the running container through the Docker API; it is opt-in because it executes a process in your container.</source>
        <translation>Documento 000: «docker exec debería fallar». Una imagen sin shell (distroless, un solo binario estático) no da a un intruso, ni a quien llegue a la API de Docker, nada con que ejecutar comandos. La sonda ejecuta sh -c true en el contenedor en ejecución a través de la API de Docker; hay que activarla porque ejecuta un proceso en su contenedor.</translation>
    </message>
    <message>
        <source>Build the final stage from a distroless or scratch base with only the service&apos;s binary, so that no sh, bash or busybox is left.</source>
        <translation>Construya la etapa final desde una base distroless o scratch con solo el binario del servicio, para que no quede ningún sh, bash ni busybox.</translation>
    </message>
    <message>
        <source>Refuses to start without its token (active probe)</source>
        <translation>Se niega a arrancar sin su token (sonda activa)</translation>
    </message>
    <message>
        <source>Seed 000 §6, pre-validation: a service that checks a token from a Docker secret before it starts cannot be run from a stolen or copied image. The probe starts a new container from the same image and command with no secrets, no network, no capabilities and a 10 s limit, and expects it to exit with an error; it never touches the existing container and removes its own. A service that fails for another reason (no database) also exits with an error, so read the evidence.</source>
        <translation>Documento 000 §6, validación previa: un servicio que comprueba un token de un secreto de Docker antes de arrancar no se puede ejecutar desde una imagen robada o copiada. La sonda inicia un contenedor nuevo con la misma imagen y comando, sin secretos, sin red, sin capabilities y con un límite de 10 s, y espera que salga con un error; nunca toca el contenedor existente y elimina el suyo. Un servicio que falla por otro motivo (sin base de datos) también sale con un error, así que lea la evidencia.</translation>
    </message>
    <message>
        <source>Put a token-gated entrypoint in front of the service (escut-cli fix apply fix.token-gate --dir DIR) and give the token as a Docker secret.</source>
        <translation>Ponga un punto de entrada con token delante del servicio (escut-cli fix apply fix.token-gate --dir DIR) y dé el token como secreto de Docker.</translation>
    </message>
    <message>
        <source>%1, and %2 has no fscrypt support (only ext4, f2fs, ubifs and ceph have it).</source>
        <translation>%1, y %2 no admite fscrypt (solo ext4, f2fs, ubifs y ceph lo admiten).</translation>
    </message>
    <message>
        <source>This audit reached the daemon through ssh (%1): ssh encrypts and authenticates the connection, and the daemon needs no network listener for it. Its other listeners are not visible from here.</source>
        <translation>Esta auditoría ha llegado al demonio por ssh (%1): ssh cifra y autentica la conexión, y el demonio no necesita escuchar en la red para ello. Los demás puntos donde escucha no se ven desde aquí.</translation>
    </message>
    <message>
        <source>cap_drop: [ALL], but cap_add gives back %1.</source>
        <translation>cap_drop: [ALL], pero cap_add vuelve a añadir %1.</translation>
    </message>
    <message>
        <source>SecurityOpt turns no-new-privileges off for this container, over the daemon&apos;s default: setuid binaries can raise privileges.</source>
        <translation>SecurityOpt desactiva no-new-privileges para este contenedor, por encima del valor predeterminado del demonio: los binarios setuid pueden elevar privilegios.</translation>
    </message>
    <message>
        <source>Mounts %1 at %2, which reaches the container runtime socket %3: the container controls the Docker daemon, and so the host.</source>
        <translation>Monta %1 en %2, desde donde se llega al socket del runtime de contenedores %3: el contenedor controla el demonio de Docker y, por tanto, el host.</translation>
    </message>
    <message numerus="yes">
        <source>Confined to %n CPU(s) by cpuset %1.</source>
        <translation>
            <numerusform>Limitado a %n CPU por el cpuset %1.</numerusform>
            <numerusform>Limitado a %n CPU por el cpuset %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>HostConfig.Privileged is true: Docker applies no seccomp profile to a privileged container.</source>
        <translation>HostConfig.Privileged es true: Docker no aplica ningún perfil seccomp a un contenedor privilegiado.</translation>
    </message>
    <message>
        <source>The custom seccomp profile allows every system call (defaultAction %1).</source>
        <translation>El perfil seccomp personalizado permite todas las llamadas al sistema (defaultAction %1).</translation>
    </message>
    <message>
        <source>The daemon&apos;s seccomp profile is unconfined: containers without a profile of their own have no system call filtering.</source>
        <translation>El perfil seccomp del demonio es unconfined: los contenedores sin perfil propio no tienen ningún filtro de llamadas al sistema.</translation>
    </message>
    <message>
        <source>The final stage sets no USER; its base image %1 on this host runs as %2 (Config.User).</source>
        <translation>La etapa final no define ningún USER; su imagen base %1 se ejecuta en este host como %2 (Config.User).</translation>
    </message>
    <message>
        <source>The final stage (FROM %1, line %2) sets no USER: the base image&apos;s tag says it runs as a non-root user, which this host cannot confirm.</source>
        <translation>La etapa final (FROM %1, línea %2) no define ningún USER: la etiqueta de la imagen base dice que se ejecuta con un usuario que no es root, algo que este host no puede confirmar.</translation>
    </message>
    <message>
        <source>%1 has no registry digest: it was built, imported or tagged on this host, and its name alone does not prove it comes from the trusted source %2.</source>
        <translation>%1 no tiene digest de registro: se ha construido, importado o etiquetado en este host, y el nombre por sí solo no prueba que venga de la fuente de confianza %2.</translation>
    </message>
    <message>
        <source>Seed 002: an image of unknown origin can carry malware; trust only Docker&apos;s official images and trusted sources such as Google Cloud or Microsoft Azure, and prefer images whose Dockerfile you can read. Escut compares where each image was pulled from (RepoDigests) with the trusted sources: by default docker.io/library, mcr.microsoft.com, gcr.io/distroless, gcr.io/google-containers and registry.k8s.io. A local tag proves nothing: an image with no registry digest is never trusted by its name alone.</source>
        <translation>Documento 002: una imagen de origen desconocido puede llevar malware; confíe solo en las imágenes oficiales de Docker y en fuentes de confianza como Google Cloud o Microsoft Azure, y prefiera imágenes cuyo Dockerfile pueda leer. Escut compara de dónde se descargó cada imagen (RepoDigests) con las fuentes de confianza: por defecto docker.io/library, mcr.microsoft.com, gcr.io/distroless, gcr.io/google-containers y registry.k8s.io. Una etiqueta local no prueba nada: una imagen sin digest de registro nunca se considera de confianza solo por su nombre.</translation>
    </message>
    <message>
        <source>No host port below 1024 is published.</source>
        <translation>No se publica ningún puerto del host por debajo de 1024.</translation>
    </message>
    <message>
        <source>-P publishes every port the image exposes, needed or not.</source>
        <translation>-P publica todos los puertos que expone la imagen, se necesiten o no.</translation>
    </message>
    <message>
        <source>Published ports: %1. Confirm that each one is needed.</source>
        <translation>Puertos publicados: %1. Confirme que cada uno es necesario.</translation>
    </message>
    <message>
        <source>--privileged gives the container every host device.</source>
        <translation>--privileged da al contenedor todos los dispositivos del host.</translation>
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
        <translation>Se exponen dispositivos del host: %1. Confirme que cada uno es necesario.</translation>
    </message>
    <message>
        <source>No host device is exposed.</source>
        <translation>No se expone ningún dispositivo del host.</translation>
    </message>
    <message>
        <source>Mounts with shared propagation: %1. Mounts made inside the container appear on the host.</source>
        <translation>Montajes con propagación compartida: %1. Los montajes creados dentro del contenedor aparecen en el host.</translation>
    </message>
    <message>
        <source>No mount has shared propagation.</source>
        <translation>Ningún montaje tiene propagación compartida.</translation>
    </message>
    <message>
        <source>Runs under the cgroup parent %1: confirm that its limits are the intended ones.</source>
        <translation>Se ejecuta bajo el cgroup padre %1: confirme que sus límites son los previstos.</translation>
    </message>
    <message>
        <source>Runs under the daemon&apos;s cgroup parent.</source>
        <translation>Se ejecuta bajo el cgroup padre del demonio.</translation>
    </message>
    <message>
        <source>Attached to Docker&apos;s default bridge (docker0), where every container can reach the others.</source>
        <translation>Conectado a la red bridge predeterminada de Docker (docker0), donde cada contenedor puede llegar a los demás.</translation>
    </message>
    <message>
        <source>Not on the default bridge (network mode %1).</source>
        <translation>No está en la red bridge predeterminada (modo de red %1).</translation>
    </message>
    <message>
        <source>No privileged host port is published</source>
        <translation>No se publica ningún puerto privilegiado del host</translation>
    </message>
    <message>
        <source>Ports below 1024 are where the host&apos;s own services (ssh, http, dns) are expected: a container on them can pass for one.</source>
        <translation>En los puertos por debajo de 1024 se esperan los servicios propios del host (ssh, http, dns): un contenedor en ellos puede hacerse pasar por uno de esos servicios.</translation>
    </message>
    <message>
        <source>Publish on a host port above 1024 (-p 8080:80) and put a proxy in front when port 80 or 443 is needed.</source>
        <translation>Publique en un puerto del host por encima de 1024 (-p 8080:80) y ponga un proxy delante cuando se necesite el puerto 80 o 443.</translation>
    </message>
    <message>
        <source>Only the needed ports are published</source>
        <translation>Solo se publican los puertos necesarios</translation>
    </message>
    <message>
        <source>Every published port is a way in. -P publishes all the ports an image exposes, whether the service needs them or not.</source>
        <translation>Cada puerto publicado es una vía de entrada. -P publica todos los puertos que expone una imagen, los necesite el servicio o no.</translation>
    </message>
    <message>
        <source>Publish each needed port with -p, never -P, and remove the rest.</source>
        <translation>Publique cada puerto necesario con -p, nunca con -P, y quite los demás.</translation>
    </message>
    <message>
        <source>No host device is exposed</source>
        <translation>No se expone ningún dispositivo del host</translation>
    </message>
    <message>
        <source>A host device inside a container (a disk, /dev/mem, a GPU) is reached without the host&apos;s file permissions: read and write access to a disk is access to every file on it.</source>
        <translation>A un dispositivo del host dentro de un contenedor (un disco, /dev/mem, una GPU) se accede sin los permisos de ficheros del host: tener acceso de lectura y escritura a un disco es tener acceso a todos sus ficheros.</translation>
    </message>
    <message>
        <source>Remove --device and --device-cgroup-rule unless the container needs them, and then give the least access (r instead of rwm).</source>
        <translation>Quite --device y --device-cgroup-rule salvo que el contenedor los necesite y, en ese caso, dé el mínimo acceso (r en lugar de rwm).</translation>
    </message>
    <message>
        <source>No mount has shared propagation</source>
        <translation>Ningún montaje tiene propagación compartida</translation>
    </message>
    <message>
        <source>With shared propagation, mounts the container makes under the volume appear on the host too, and the host&apos;s new mounts in the container.</source>
        <translation>Con propagación compartida, los montajes que hace el contenedor bajo el volumen aparecen también en el host, y los nuevos montajes del host, en el contenedor.</translation>
    </message>
    <message>
        <source>Remove bind-propagation=shared and rshared (--mount ...,bind-propagation=shared, -v src:dst:shared); the default, rprivate, keeps mounts apart.</source>
        <translation>Quite bind-propagation=shared y rshared (--mount ...,bind-propagation=shared, -v src:dst:shared); el valor predeterminado, rprivate, mantiene separados los montajes.</translation>
    </message>
    <message>
        <source>Uses the default cgroup parent</source>
        <translation>Usa el cgroup padre predeterminado</translation>
    </message>
    <message>
        <source>--cgroup-parent moves the container under another cgroup, whose limits may be looser than those meant for containers.</source>
        <translation>--cgroup-parent mueve el contenedor bajo otro cgroup, cuyos límites pueden ser más laxos que los previstos para los contenedores.</translation>
    </message>
    <message>
        <source>Remove --cgroup-parent unless it is needed, and confirm its limits.</source>
        <translation>Quite --cgroup-parent salvo que sea necesario, y confirme sus límites.</translation>
    </message>
    <message>
        <source>Not on the default bridge</source>
        <translation>No está en la red bridge predeterminada</translation>
    </message>
    <message>
        <source>On Docker&apos;s default bridge (docker0) every container can reach every other one unless icc is off; user-defined networks isolate each application and resolve names.</source>
        <translation>En la red bridge predeterminada de Docker (docker0) cada contenedor puede llegar a todos los demás salvo que icc esté desactivado; las redes definidas por el usuario aíslan cada aplicación y resuelven nombres.</translation>
    </message>
    <message>
        <source>Create a network per application (docker network create app) and start its containers with --network app.</source>
        <translation>Cree una red por aplicación (docker network create app) e inicie sus contenedores con --network app.</translation>
    </message>
    <message>
        <source>This endpoint&apos;s docker info does not report %1.</source>
        <translation>El docker info de este punto de conexión no informa de %1.</translation>
    </message>
    <message>
        <source>dockerd command line: --%1 %2</source>
        <translation>línea de comandos de dockerd: --%1 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not set on dockerd&apos;s command line or in daemon.json.</source>
        <translation>&quot;%1&quot; no está definido en la línea de comandos de dockerd ni en daemon.json.</translation>
    </message>
    <message>
        <source>The daemon runs rootless (docker info: name=rootless).</source>
        <translation>El demonio se ejecuta en modo rootless (docker info: name=rootless).</translation>
    </message>
    <message>
        <source>The daemon runs as root (docker info: no name=rootless in SecurityOptions).</source>
        <translation>El demonio se ejecuta como root (docker info: no hay name=rootless en SecurityOptions).</translation>
    </message>
    <message>
        <source>The storage driver is aufs (docker info: Driver aufs).</source>
        <translation>El controlador de almacenamiento es aufs (docker info: Driver aufs).</translation>
    </message>
    <message>
        <source>The storage driver is %1 (docker info: Driver).</source>
        <translation>El controlador de almacenamiento es %1 (docker info: Driver).</translation>
    </message>
    <message>
        <source>Containers are placed under a cgroup parent of their own (%1): confirm that its limits are the intended ones.</source>
        <translation>Los contenedores se colocan bajo un cgroup padre propio (%1): confirme que sus límites son los previstos.</translation>
    </message>
    <message>
        <source>The storage driver is %1: the base device size applies to devicemapper only.</source>
        <translation>El controlador de almacenamiento es %1: el tamaño del dispositivo base solo se aplica a devicemapper.</translation>
    </message>
    <message>
        <source>The base device size is changed (%1).</source>
        <translation>El tamaño del dispositivo base está cambiado (%1).</translation>
    </message>
    <message>
        <source>The base device size is the default (%1).</source>
        <translation>El tamaño del dispositivo base es el predeterminado (%1).</translation>
    </message>
    <message>
        <source>No authorization plugin: every user who reaches the socket may do everything (docker info: Plugins.Authorization is empty).</source>
        <translation>Ningún plugin de autorización: cualquier usuario que llegue al socket puede hacerlo todo (docker info: Plugins.Authorization está vacío).</translation>
    </message>
    <message>
        <source>Authorization plugins: %1.</source>
        <translation>Plugins de autorización: %1.</translation>
    </message>
    <message>
        <source>The default logging driver is %1: container logs stay on this host.</source>
        <translation>El controlador de registro predeterminado es %1: los registros de los contenedores se quedan en este host.</translation>
    </message>
    <message>
        <source>The default logging driver is %1.</source>
        <translation>El controlador de registro predeterminado es %1.</translation>
    </message>
    <message>
        <source>The daemon-wide seccomp profile is unconfined: containers run without a system call filter unless each one sets one.</source>
        <translation>El perfil seccomp de todo el demonio es unconfined: los contenedores se ejecutan sin filtro de llamadas al sistema salvo que cada uno defina el suyo.</translation>
    </message>
    <message>
        <source>Containers get Docker&apos;s default seccomp profile (docker info: %1).</source>
        <translation>Los contenedores reciben el perfil seccomp predeterminado de Docker (docker info: %1).</translation>
    </message>
    <message>
        <source>A custom daemon-wide seccomp profile is applied (docker info: %1).</source>
        <translation>Se aplica un perfil seccomp personalizado a todo el demonio (docker info: %1).</translation>
    </message>
    <message>
        <source>The daemon does not report seccomp: containers run without a system call filter (docker info: SecurityOptions).</source>
        <translation>El demonio no informa de seccomp: los contenedores se ejecutan sin filtro de llamadas al sistema (docker info: SecurityOptions).</translation>
    </message>
    <message>
        <source>Experimental features are on (docker info: ExperimentalBuild true).</source>
        <translation>Las funciones experimentales están activadas (docker info: ExperimentalBuild true).</translation>
    </message>
    <message>
        <source>Experimental features are off (docker info: ExperimentalBuild false).</source>
        <translation>Las funciones experimentales están desactivadas (docker info: ExperimentalBuild false).</translation>
    </message>
    <message>
        <source>Swarm mode is not enabled (docker info: Swarm.LocalNodeState inactive).</source>
        <translation>El modo swarm no está activado (docker info: Swarm.LocalNodeState inactive).</translation>
    </message>
    <message>
        <source>Swarm mode is enabled (docker info: Swarm.LocalNodeState %1): leave the swarm if this host does not need it.</source>
        <translation>El modo swarm está activado (docker info: Swarm.LocalNodeState %1): salga del swarm si este host no lo necesita.</translation>
    </message>
    <message>
        <source>This audit left the images or the containers out.</source>
        <translation>Esta auditoría ha dejado fuera las imágenes o los contenedores.</translation>
    </message>
    <message>
        <source>This audit left the containers out.</source>
        <translation>Esta auditoría ha dejado fuera los contenedores.</translation>
    </message>
    <message>
        <source>The daemon runs rootless</source>
        <translation>El demonio se ejecuta en modo rootless</translation>
    </message>
    <message>
        <source>A daemon running as root is root on the host: an escape from a container or a misused API call gives the whole machine. In rootless mode dockerd and its containers run as an ordinary user.</source>
        <translation>Un demonio que se ejecuta como root es root en el host: escapar de un contenedor o abusar de una llamada a la API da acceso a toda la máquina. En modo rootless, dockerd y sus contenedores se ejecutan como un usuario normal.</translation>
    </message>
    <message>
        <source>Where the workloads allow it, install Docker&apos;s rootless mode (dockerd-rootless-setuptool.sh install) and run the containers there.</source>
        <translation>Donde las cargas de trabajo lo permitan, instale el modo rootless de Docker (dockerd-rootless-setuptool.sh install) y ejecute allí los contenedores.</translation>
    </message>
    <message>
        <source>The aufs storage driver is not used</source>
        <translation>No se usa el controlador de almacenamiento aufs</translation>
    </message>
    <message>
        <source>aufs is an old storage driver, no longer in the mainline kernel nor supported by current Docker releases, and known for kernel crashes.</source>
        <translation>aufs es un controlador de almacenamiento antiguo, que ya no está en el kernel principal ni lo admiten las versiones actuales de Docker, y es conocido por provocar caídas del kernel.</translation>
    </message>
    <message>
        <source>Move to overlay2: set &quot;storage-driver&quot;: &quot;overlay2&quot; in daemon.json (images and containers must be recreated or migrated).</source>
        <translation>Pase a overlay2: ponga &quot;storage-driver&quot;: &quot;overlay2&quot; en daemon.json (hay que volver a crear o migrar las imágenes y los contenedores).</translation>
    </message>
    <message>
        <source>Containers use the default cgroup parent</source>
        <translation>Los contenedores usan el cgroup padre predeterminado</translation>
    </message>
    <message>
        <source>The cgroup parent decides which resource limits apply to every container. A changed parent can lift the limits meant for containers, so it should be a deliberate, confirmed choice.</source>
        <translation>El cgroup padre decide qué límites de recursos se aplican a cada contenedor. Un padre cambiado puede levantar los límites previstos para los contenedores, así que debe ser una elección deliberada y confirmada.</translation>
    </message>
    <message>
        <source>Remove --cgroup-parent and &quot;cgroup-parent&quot; unless they are needed, and confirm the limits of the parent that is used.</source>
        <translation>Quite --cgroup-parent y &quot;cgroup-parent&quot; salvo que sean necesarios, y confirme los límites del padre que se use.</translation>
    </message>
    <message>
        <source>The base device size is not changed</source>
        <translation>El tamaño del dispositivo base no está cambiado</translation>
    </message>
    <message>
        <source>With devicemapper, a larger dm.basesize lets each container&apos;s filesystem grow more, and a few containers can fill the host&apos;s storage.</source>
        <translation>Con devicemapper, un dm.basesize mayor deja crecer más el sistema de ficheros de cada contenedor, y unos pocos contenedores pueden llenar el almacenamiento del host.</translation>
    </message>
    <message>
        <source>Remove the dm.basesize storage option unless it is needed.</source>
        <translation>Quite la opción de almacenamiento dm.basesize salvo que sea necesaria.</translation>
    </message>
    <message>
        <source>An authorization plugin controls Docker commands</source>
        <translation>Un plugin de autorización controla los comandos de Docker</translation>
    </message>
    <message>
        <source>Without an authorization plugin, whoever can reach the daemon&apos;s socket may run any command, including privileged containers. A plugin can allow each user only what they need.</source>
        <translation>Sin un plugin de autorización, quien pueda llegar al socket del demonio puede ejecutar cualquier comando, contenedores privilegiados incluidos. Un plugin puede permitir a cada usuario solo lo que necesita.</translation>
    </message>
    <message>
        <source>Install an authorization plugin (for example Open Policy Agent&apos;s) and start dockerd with --authorization-plugin=NAME.</source>
        <translation>Instale un plugin de autorización (por ejemplo, el de Open Policy Agent) e inicie dockerd con --authorization-plugin=NOMBRE.</translation>
    </message>
    <message>
        <source>Container logs go to a central log service</source>
        <translation>Los registros de los contenedores van a un servicio de registros central</translation>
    </message>
    <message>
        <source>Logs kept only on the host are lost with it and can be erased by whoever takes it over. A central service keeps the record of what happened.</source>
        <translation>Los registros guardados solo en el host se pierden con él y puede borrarlos quien se haga con su control. Un servicio central conserva la constancia de lo que ha pasado.</translation>
    </message>
    <message>
        <source>Set &quot;log-driver&quot; in daemon.json to a driver that sends logs away (syslog with &quot;syslog-address&quot;, journald forwarded, gelf, fluentd, ...) and restart dockerd.</source>
        <translation>Ponga en &quot;log-driver&quot; de daemon.json un controlador que envíe los registros fuera del host (syslog con &quot;syslog-address&quot;, journald con reenvío, gelf, fluentd, ...) y reinicie dockerd.</translation>
    </message>
    <message>
        <source>A daemon-wide seccomp profile is applied</source>
        <translation>Se aplica un perfil seccomp a todo el demonio</translation>
    </message>
    <message>
        <source>The daemon&apos;s seccomp profile is the system call filter of every container that does not choose its own. Docker&apos;s default one blocks the calls most used to escape; unconfined blocks none.</source>
        <translation>El perfil seccomp del demonio es el filtro de llamadas al sistema de cada contenedor que no elige el suyo. El predeterminado de Docker bloquea las llamadas más usadas para escapar; unconfined no bloquea ninguna.</translation>
    </message>
    <message>
        <source>Remove --seccomp-profile=unconfined and &quot;seccomp-profile&quot;: &quot;unconfined&quot;; keep the default profile or give a stricter one of your own.</source>
        <translation>Quite --seccomp-profile=unconfined y &quot;seccomp-profile&quot;: &quot;unconfined&quot;; mantenga el perfil predeterminado o proporcione uno propio más estricto.</translation>
    </message>
    <message>
        <source>Experimental features are off</source>
        <translation>Las funciones experimentales están desactivadas</translation>
    </message>
    <message>
        <source>Experimental features are not stable and have had less review: production daemons should not run them.</source>
        <translation>Las funciones experimentales no son estables y se han revisado menos: los demonios de producción no deberían usarlas.</translation>
    </message>
    <message>
        <source>Remove --experimental and &quot;experimental&quot;: true, and restart dockerd.</source>
        <translation>Quite --experimental y &quot;experimental&quot;: true, y reinicie dockerd.</translation>
    </message>
    <message>
        <source>Swarm mode is not enabled</source>
        <translation>El modo swarm no está activado</translation>
    </message>
    <message>
        <source>Swarm mode opens management ports (2377/tcp and others) and runs services this host may not need.</source>
        <translation>El modo swarm abre puertos de gestión (2377/tcp y otros) y ejecuta servicios que puede que este host no necesite.</translation>
    </message>
    <message>
        <source>If the host does not need swarm mode, leave it with docker swarm leave.</source>
        <translation>Si el host no necesita el modo swarm, salga de él con docker swarm leave.</translation>
    </message>
    <message>
        <source>Unused images are removed</source>
        <translation>Se eliminan las imágenes sin usar</translation>
    </message>
    <message>
        <source>Images nobody uses still take space, keep old vulnerable versions at hand and make it hard to tell which images matter.</source>
        <translation>Las imágenes que nadie usa siguen ocupando espacio, mantienen a mano versiones antiguas vulnerables y hacen difícil saber qué imágenes importan.</translation>
    </message>
    <message>
        <source>Remove the images no container uses (docker image prune -a, after checking the list).</source>
        <translation>Elimine las imágenes que no usa ningún contenedor (docker image prune -a, después de revisar la lista).</translation>
    </message>
    <message>
        <source>Stopped containers are removed</source>
        <translation>Se eliminan los contenedores detenidos</translation>
    </message>
    <message>
        <source>Stopped containers keep their filesystems, settings and volumes: they take space and can be started again by mistake.</source>
        <translation>Los contenedores detenidos conservan sus sistemas de ficheros, su configuración y sus volúmenes: ocupan espacio y se pueden volver a iniciar por error.</translation>
    </message>
    <message>
        <source>Remove the containers that are no longer needed (docker container prune, after checking the list).</source>
        <translation>Elimine los contenedores que ya no se necesitan (docker container prune, después de revisar la lista).</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, not followed: check the owner and mode of what it leads to</source>
        <translation>%1 es un enlace simbólico y no se sigue: compruebe el propietario y el modo de aquello a lo que apunta</translation>
    </message>
    <message>
        <source>%1 (expected root:root and mode %2 or stricter).</source>
        <translation>%1 (se esperaba root:root y modo %2 o más restrictivo).</translation>
    </message>
    <message>
        <source>This snapshot does not record these files: it was taken by an earlier version of Escut.</source>
        <translation>Esta instantánea no registra estos ficheros: la tomó una versión anterior de Escut.</translation>
    </message>
    <message>
        <source>The snapshot does not say when it was taken: the certificates&apos; expiry dates cannot be compared with it.</source>
        <translation>La instantánea no indica cuándo se tomó: no se pueden comparar con ella las fechas de caducidad de los certificados.</translation>
    </message>
    <message>
        <source>%1: its expiry date is not in this snapshot</source>
        <translation>%1: su fecha de caducidad no está en esta instantánea</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 caducó el %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 expires on %2, in %n day(s)</source>
        <translation>
            <numerusform>%1 caduca el %2, dentro de %n día</numerusform>
            <numerusform>%1 caduca el %2, dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is valid until %2</source>
        <translation>%1 es válido hasta el %2</translation>
    </message>
    <message>
        <source>%1: clients that verify TLS cannot connect to the daemon.</source>
        <translation>%1: los clientes que verifican TLS no pueden conectarse al demonio.</translation>
    </message>
    <message>
        <source>%1: renew it before then, or clients that verify TLS cannot connect.</source>
        <translation>%1: renuévelo antes de esa fecha, o los clientes que verifican TLS no podrán conectarse.</translation>
    </message>
    <message>
        <source>Cannot read the expiry date of %1.</source>
        <translation>No se puede leer la fecha de caducidad de %1.</translation>
    </message>
    <message>
        <source>The daemon has no TLS certificate (tlscacert, tlscert) configured.</source>
        <translation>El demonio no tiene configurado ningún certificado TLS (tlscacert, tlscert).</translation>
    </message>
    <message>
        <source>chown root:root on key.json and the TLS files; chmod 400 on the TLS key (tlskey), 444 on the CA and server certificates (tlscacert, tlscert), and 600 (or 400) on key.json.</source>
        <translation>chown root:root en key.json y en los ficheros TLS; chmod 400 en la clave TLS (tlskey), 444 en los certificados de la CA y del servidor (tlscacert, tlscert), y 600 (o 400) en key.json.</translation>
    </message>
    <message>
        <source>docker.service and docker.socket belong to root:root, mode 644 or stricter</source>
        <translation>docker.service y docker.socket pertenecen a root:root, modo 644 o más restrictivo</translation>
    </message>
    <message>
        <source>The systemd units decide how dockerd starts: its command line, its environment and its socket. Whoever can change them can start the daemon with any option at the next restart, for example a TCP socket without TLS.</source>
        <translation>Las unidades de systemd deciden cómo arranca dockerd: su línea de comandos, su entorno y su socket. Quien pueda cambiarlas puede arrancar el demonio con cualquier opción en el siguiente reinicio, por ejemplo un socket TCP sin TLS.</translation>
    </message>
    <message>
        <source>Find the unit files with &apos;systemctl show -p FragmentPath docker.service docker.socket&apos;, then run chown root:root and chmod 644 on each.</source>
        <translation>Busque los ficheros de unidad con &apos;systemctl show -p FragmentPath docker.service docker.socket&apos; y ejecute chown root:root y chmod 644 en cada uno.</translation>
    </message>
    <message>
        <source>Registry certificates belong to root:root, mode 444 or stricter</source>
        <translation>Los certificados de los registros pertenecen a root:root, modo 444 o más restrictivo</translation>
    </message>
    <message>
        <source>dockerd trusts the CA and client certificates in /etc/docker/certs.d/&lt;registry&gt;/ when it talks to that registry. Whoever can replace them can make dockerd trust a registry of their own and pull altered images, or use another client identity.</source>
        <translation>dockerd confía en los certificados de CA y de cliente de /etc/docker/certs.d/&lt;registro&gt;/ cuando se comunica con ese registro. Quien pueda sustituirlos puede hacer que dockerd confíe en un registro propio y descargue imágenes alteradas, o que use otra identidad de cliente.</translation>
    </message>
    <message>
        <source>chown root:root /etc/docker/certs.d/*/*; chmod 444 on the certificates (.crt, .cert) and 400 on client keys (.key). Replace symbolic links there with the files they lead to, or check those files the same way.</source>
        <translation>chown root:root /etc/docker/certs.d/*/*; chmod 444 en los certificados (.crt, .cert) y 400 en las claves de cliente (.key). Sustituya los enlaces simbólicos que haya ahí por los ficheros a los que apuntan, o compruebe esos ficheros de la misma forma.</translation>
    </message>
    <message>
        <source>Docker&apos;s environment files belong to root:root, mode 644 or stricter</source>
        <translation>Los ficheros de entorno de Docker pertenecen a root:root, modo 644 o más restrictivo</translation>
    </message>
    <message>
        <source>/etc/default/docker (Debian, Ubuntu) and /etc/sysconfig/docker (Red Hat family) hold options and environment variables that init scripts and some systemd units pass to dockerd. Whoever can write them can add daemon options, such as a TCP socket without TLS, at the next restart.</source>
        <translation>/etc/default/docker (Debian, Ubuntu) y /etc/sysconfig/docker (familia Red Hat) contienen opciones y variables de entorno que los scripts de init y algunas unidades de systemd pasan a dockerd. Quien pueda escribir en ellos puede añadir opciones al demonio, como un socket TCP sin TLS, en el siguiente reinicio.</translation>
    </message>
    <message>
        <source>chown root:root and chmod 644 on /etc/default/docker and /etc/sysconfig/docker, whichever exist.</source>
        <translation>chown root:root y chmod 644 en /etc/default/docker y /etc/sysconfig/docker, en los que existan.</translation>
    </message>
    <message>
        <source>containerd.sock belongs to root:root, mode 660 or stricter</source>
        <translation>containerd.sock pertenece a root:root, modo 660 o más restrictivo</translation>
    </message>
    <message>
        <source>dockerd runs every container through containerd. Whoever can use containerd&apos;s socket can start privileged containers and read any container&apos;s files without going through Docker&apos;s API or its authorization plugins.</source>
        <translation>dockerd ejecuta cada contenedor a través de containerd. Quien pueda usar el socket de containerd puede iniciar contenedores privilegiados y leer los ficheros de cualquier contenedor sin pasar por la API de Docker ni por sus plugins de autorización.</translation>
    </message>
    <message>
        <source>chown root:root /run/containerd/containerd.sock; chmod 660 /run/containerd/containerd.sock. containerd creates the socket at every start: keep uid and gid 0 in the [grpc] section of /etc/containerd/config.toml.</source>
        <translation>chown root:root /run/containerd/containerd.sock; chmod 660 /run/containerd/containerd.sock. containerd crea el socket en cada arranque: mantenga uid y gid 0 en la sección [grpc] de /etc/containerd/config.toml.</translation>
    </message>
    <message>
        <source>The daemon&apos;s TLS certificates are valid for at least 30 days</source>
        <translation>Los certificados TLS del demonio son válidos durante al menos 30 días</translation>
    </message>
    <message>
        <source>When the daemon&apos;s server certificate or the CA that signs its clients&apos; certificates expires, clients that verify TLS can no longer connect, and the quick way out is often to turn verification off. Renewing ahead keeps remote access working and authenticated.</source>
        <translation>Cuando caduca el certificado de servidor del demonio o la CA que firma los certificados de sus clientes, los clientes que verifican TLS ya no pueden conectarse, y la salida rápida suele ser desactivar la verificación. Renovarlos con antelación mantiene el acceso remoto en funcionamiento y autenticado.</translation>
    </message>
    <message>
        <source>Issue a new certificate before the old one expires, put it at the tlscert (or tlscacert) path and restart dockerd; &apos;openssl x509 -noout -enddate -in &lt;file&gt;&apos; shows the date.</source>
        <translation>Emita un certificado nuevo antes de que caduque el antiguo, póngalo en la ruta de tlscert (o tlscacert) y reinicie dockerd; &apos;openssl x509 -noout -enddate -in &lt;fichero&gt;&apos; muestra la fecha.</translation>
    </message>
    <message>
        <source>line %1: %2 with no install in the same RUN</source>
        <translation>línea %1: %2 sin instalación en el mismo RUN</translation>
    </message>
    <message>
        <source>No package index update stands alone in a RUN.</source>
        <translation>Ninguna actualización del índice de paquetes está sola en un RUN.</translation>
    </message>
    <message>
        <source>Package index updates are not alone in a RUN</source>
        <translation>Las actualizaciones del índice de paquetes no están solas en un RUN</translation>
    </message>
    <message>
        <source>The builder caches each RUN: an apt-get update in a RUN of its own is kept from the first build, and a later install in another RUN takes packages from that old index, missing security fixes.</source>
        <translation>El constructor guarda en caché cada RUN: un apt-get update en un RUN propio se conserva desde la primera construcción, y una instalación posterior en otro RUN toma los paquetes de ese índice antiguo, sin las correcciones de seguridad.</translation>
    </message>
    <message>
        <source>Update and install in the same RUN: RUN apt-get update &amp;&amp; apt-get install -y PACKAGE (or apk add --no-cache PACKAGE).</source>
        <translation>Actualice e instale en el mismo RUN: RUN apt-get update &amp;&amp; apt-get install -y PAQUETE (o apk add --no-cache PAQUETE).</translation>
    </message>
    <message>
        <source>This daemon is not in an active swarm (docker info: Swarm.LocalNodeState %1).</source>
        <translation>Este demonio no está en un swarm activo (docker info: Swarm.LocalNodeState %1).</translation>
    </message>
    <message>
        <source>This node is a swarm worker: audit a manager to see the swarm&apos;s settings.</source>
        <translation>Este nodo es un worker del swarm: audite un manager para ver la configuración del swarm.</translation>
    </message>
    <message>
        <source>%1 managers among %2 nodes: keep an odd number of managers, no more than needed (1, 3, 5 or 7).</source>
        <translation>%1 managers entre %2 nodos: mantenga un número impar de managers, no más de los necesarios (1, 3, 5 o 7).</translation>
    </message>
    <message>
        <source>%1 managers among %2 nodes.</source>
        <translation>%1 managers entre %2 nodos.</translation>
    </message>
    <message>
        <source>Overlay networks without encryption: %1.</source>
        <translation>Redes overlay sin cifrado: %1.</translation>
    </message>
    <message>
        <source>No overlay networks.</source>
        <translation>No hay redes overlay.</translation>
    </message>
    <message>
        <source>Encrypted overlay networks: %1.</source>
        <translation>Redes overlay cifradas: %1.</translation>
    </message>
    <message>
        <source>Managers are auto-locked (AutoLockManagers true).</source>
        <translation>Los managers tienen activado el bloqueo automático (AutoLockManagers true).</translation>
    </message>
    <message>
        <source>Managers are not auto-locked: the swarm&apos;s keys are stored unencrypted on each manager (AutoLockManagers false).</source>
        <translation>Los managers no tienen activado el bloqueo automático: las claves del swarm se guardan sin cifrar en cada manager (AutoLockManagers false).</translation>
    </message>
    <message>
        <source>Node certificates are rotated every %1 days: rotate them at least every %2 days (docker swarm update --cert-expiry).</source>
        <translation>Los certificados de los nodos se rotan cada %1 días: rótelos al menos cada %2 días (docker swarm update --cert-expiry).</translation>
    </message>
    <message>
        <source>Node certificates are rotated every %1 days.</source>
        <translation>Los certificados de los nodos se rotan cada %1 días.</translation>
    </message>
    <message>
        <source>The swarm has no more managers than it needs</source>
        <translation>El swarm no tiene más managers de los que necesita</translation>
    </message>
    <message>
        <source>Every manager holds the swarm&apos;s state and keys: each one more is one more host to defend. An even number adds no fault tolerance.</source>
        <translation>Cada manager guarda el estado y las claves del swarm: cada manager de más es un host más que defender. Un número par no añade tolerancia a fallos.</translation>
    </message>
    <message>
        <source>Keep one manager, or an odd number (3, 5, 7) when the swarm must survive a lost manager; demote the rest with docker node demote.</source>
        <translation>Mantenga un solo manager, o un número impar (3, 5, 7) cuando el swarm deba sobrevivir a la pérdida de un manager; degrade los demás con docker node demote.</translation>
    </message>
    <message>
        <source>Swarm overlay networks are encrypted</source>
        <translation>Las redes overlay del swarm están cifradas</translation>
    </message>
    <message>
        <source>Traffic between containers on different nodes crosses the hosts&apos; network in clear text unless the overlay network is created encrypted.</source>
        <translation>El tráfico entre contenedores de nodos distintos cruza la red de los hosts en claro salvo que la red overlay se cree cifrada.</translation>
    </message>
    <message>
        <source>Create overlay networks with --opt encrypted (docker network create -d overlay --opt encrypted NAME) and move the services to them.</source>
        <translation>Cree las redes overlay con --opt encrypted (docker network create -d overlay --opt encrypted NOMBRE) y mueva los servicios a ellas.</translation>
    </message>
    <message>
        <source>Swarm managers are auto-locked</source>
        <translation>Los managers del swarm tienen activado el bloqueo automático</translation>
    </message>
    <message>
        <source>Without auto-lock, the keys that encrypt the swarm&apos;s Raft logs are kept on each manager&apos;s disk: whoever copies the disk reads the swarm&apos;s secrets.</source>
        <translation>Sin bloqueo automático, las claves que cifran los registros de Raft del swarm se guardan en el disco de cada manager: quien copie el disco puede leer los secretos del swarm.</translation>
    </message>
    <message>
        <source>Turn auto-lock on with docker swarm update --autolock=true and keep the unlock key somewhere safe.</source>
        <translation>Active el bloqueo automático con docker swarm update --autolock=true y guarde la clave de desbloqueo en un lugar seguro.</translation>
    </message>
    <message>
        <source>Swarm node certificates are rotated</source>
        <translation>Los certificados de los nodos del swarm se rotan</translation>
    </message>
    <message>
        <source>A stolen node certificate is valid until it expires: the shorter its life, the sooner it is useless.</source>
        <translation>Un certificado de nodo robado es válido hasta que caduca: cuanto más corta sea su vida, antes dejará de servir.</translation>
    </message>
    <message>
        <source>Set the expiry to 90 days or less: docker swarm update --cert-expiry 2160h.</source>
        <translation>Fije la caducidad en 90 días o menos: docker swarm update --cert-expiry 2160h.</translation>
    </message>
    <message>
        <source>Shares the host&apos;s namespaces: %1.</source>
        <translation>Comparte espacios de nombres con el host: %1.</translation>
    </message>
    <message>
        <source>Uses namespaces of its own.</source>
        <translation>Usa espacios de nombres propios.</translation>
    </message>
    <message>
        <source>privileged: true gives the service every host device.</source>
        <translation>privileged: true da al servicio todos los dispositivos del host.</translation>
    </message>
    <message>
        <source>Service does not share the host&apos;s namespaces</source>
        <translation>El servicio no comparte los espacios de nombres del host</translation>
    </message>
    <message>
        <source>network_mode: host, pid: host, ipc: host, uts: host or userns_mode: host remove the isolation between the service and the host: it sees the host&apos;s interfaces, processes or shared memory.</source>
        <translation>network_mode: host, pid: host, ipc: host, uts: host o userns_mode: host eliminan el aislamiento entre el servicio y el host: ve las interfaces, los procesos o la memoria compartida del host.</translation>
    </message>
    <message>
        <source>Remove them; publish ports with ports: instead of sharing the host&apos;s network.</source>
        <translation>Quítelos; publique los puertos con ports: en lugar de compartir la red del host.</translation>
    </message>
    <message>
        <source>Service exposes no host device</source>
        <translation>El servicio no expone ningún dispositivo del host</translation>
    </message>
    <message>
        <source>A host device in a service (a disk, /dev/mem, a GPU) is reached without the host&apos;s file permissions: read and write access to a disk is access to every file on it.</source>
        <translation>A un dispositivo del host dentro de un servicio (un disco, /dev/mem, una GPU) se accede sin los permisos de ficheros del host: tener acceso de lectura y escritura a un disco es tener acceso a todos sus ficheros.</translation>
    </message>
    <message>
        <source>Remove devices: and device_cgroup_rules: unless the service needs them, and then give the least access (r instead of rwm).</source>
        <translation>Quite devices: y device_cgroup_rules: salvo que el servicio los necesite y, en ese caso, dé el mínimo acceso (r en lugar de rwm).</translation>
    </message>
    <message>
        <source>Not running: there are no processes to look at.</source>
        <translation>No se está ejecutando: no hay procesos que examinar.</translation>
    </message>
    <message>
        <source>This snapshot does not record the containers&apos; processes: it was taken by an earlier version of Escut.</source>
        <translation>Esta instantánea no registra los procesos de los contenedores: la tomó una versión anterior de Escut.</translation>
    </message>
    <message>
        <source>Its processes were not read: it started after the list was taken.</source>
        <translation>No se han leído sus procesos: se inició después de tomar la lista.</translation>
    </message>
    <message>
        <source>Its processes could not be read: %1.</source>
        <translation>No se han podido leer sus procesos: %1.</translation>
    </message>
    <message>
        <source>read from /proc</source>
        <translation>leídos de /proc</translation>
    </message>
    <message>
        <source>listed by the daemon</source>
        <translation>listados por el demonio</translation>
    </message>
    <message>
        <source>Runs an SSH server: %1 (%2).</source>
        <translation>Ejecuta un servidor SSH: %1 (%2).</translation>
    </message>
    <message>
        <source>No SSH server among the programs it runs: %1 (%2).</source>
        <translation>Ningún servidor SSH entre los programas que ejecuta: %1 (%2).</translation>
    </message>
    <message>
        <source>No SSH server runs in the container</source>
        <translation>No se ejecuta ningún servidor SSH en el contenedor</translation>
    </message>
    <message>
        <source>An SSH server in a container is one more service to patch, one more set of keys and passwords to manage, and a way in that bypasses the daemon&apos;s access control.</source>
        <translation>Un servidor SSH en un contenedor es un servicio más que parchear, un juego más de claves y contraseñas que gestionar y una vía de entrada que se salta el control de acceso del demonio.</translation>
    </message>
    <message>
        <source>Remove the SSH server from the image and use docker exec (or the orchestrator&apos;s equivalent) when someone has to get into the container.</source>
        <translation>Quite el servidor SSH de la imagen y use docker exec (o el equivalente del orquestador) cuando alguien tenga que entrar en el contenedor.</translation>
    </message>
    <message>
        <source>the default; set [sprawl] %1 in escut.conf to change it</source>
        <translation>el valor predeterminado; defina [sprawl] %1 en escut.conf para cambiarlo</translation>
    </message>
    <message>
        <source>[sprawl] %1 in %2</source>
        <translation>[sprawl] %1 en %2</translation>
    </message>
    <message>
        <source>Images: %1 (%2 used by a container, %3 unused; at most %4 unused allowed: %5).</source>
        <translation>Imágenes: %1 (%2 usadas por algún contenedor, %3 sin usar; se permiten como máximo %4 sin usar: %5).</translation>
    </message>
    <message>
        <source>Remove the unused ones with docker image prune -a.</source>
        <translation>Elimine las que no se usan con docker image prune -a.</translation>
    </message>
    <message>
        <source>Containers: %1 (%2 running, %3 stopped or never started; at most %4 stopped allowed: %5).</source>
        <translation>Contenedores: %1 (%2 en ejecución, %3 detenidos o nunca iniciados; se permiten como máximo %4 detenidos: %5).</translation>
    </message>
    <message>
        <source>Remove those no longer needed with docker container prune.</source>
        <translation>Elimine los que ya no se necesitan con docker container prune.</translation>
    </message>
    <message>
        <source>This snapshot does not record the daemon&apos;s listening sockets: it was taken by an earlier version of Escut.</source>
        <translation>Esta instantánea no registra los sockets en escucha del demonio: la tomó una versión anterior de Escut.</translation>
    </message>
    <message>
        <source>Nothing listens on the swarm&apos;s port %1 in the daemon&apos;s network namespace.</source>
        <translation>Nada escucha en el puerto %1 del swarm en el espacio de nombres de red del demonio.</translation>
    </message>
    <message>
        <source>The swarm&apos;s management port listens on every interface: %1. Start the swarm with --listen-addr on the interface the nodes use.</source>
        <translation>El puerto de gestión del swarm escucha en todas las interfaces: %1. Inicie el swarm con --listen-addr en la interfaz que usan los nodos.</translation>
    </message>
    <message>
        <source>The swarm&apos;s management port listens on %1 only.</source>
        <translation>El puerto de gestión del swarm solo escucha en %1.</translation>
    </message>
    <message>
        <source>The swarm listens on a specific interface</source>
        <translation>El swarm escucha en una interfaz concreta</translation>
    </message>
    <message>
        <source>A manager&apos;s cluster port (2377) accepts nodes and control traffic: listening on every interface exposes it on networks the swarm does not use, such as a public one.</source>
        <translation>El puerto de clúster de un manager (2377) acepta nodos y tráfico de control: escuchar en todas las interfaces lo expone en redes que el swarm no usa, como una pública.</translation>
    </message>
    <message>
        <source>Initialise or join the swarm with --listen-addr (and --advertise-addr) set to the address of the interface the nodes share, e.g. docker swarm init --listen-addr 10.0.0.5:2377.</source>
        <translation>Inicialice el swarm o únase a él con --listen-addr (y --advertise-addr) con la dirección de la interfaz que comparten los nodos, p. ej. docker swarm init --listen-addr 10.0.0.5:2377.</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>registro de auditoría</translation>
    </message>
    <message>
        <source>daemon event log</source>
        <translation>registro de eventos del demonio</translation>
    </message>
    <message numerus="yes">
        <source>the daemon&apos;s event log since the daemon started (%n event(s))</source>
        <translation>
            <numerusform>el registro de eventos del demonio desde que se inició (%n evento)</numerusform>
            <numerusform>el registro de eventos del demonio desde que se inició (%n eventos)</numerusform>
        </translation>
    </message>
    <message>
        <source>the daemon&apos;s event log since %1 (it keeps its latest %2 events)</source>
        <translation>el registro de eventos del demonio desde %1 (conserva los %2 últimos)</translation>
    </message>
    <message numerus="yes">
        <source>, %n exec(s) not inspected</source>
        <translation>
            <numerusform>, %n exec sin examinar</numerusform>
            <numerusform>, %n execs sin examinar</numerusform>
        </translation>
    </message>
    <message>
        <source>the host&apos;s audit log %1</source>
        <translation>el registro de auditoría del host %1</translation>
    </message>
    <message>
        <source>the host&apos;s audit log %1 since %2</source>
        <translation>el registro de auditoría del host %1 desde %2</translation>
    </message>
    <message>
        <source>This snapshot has no exec history: the audit left the containers out, or an older Escut collected it.</source>
        <translation>Esta instantánea no tiene historial de exec: la auditoría dejó fuera los contenedores o la tomó una versión anterior de Escut.</translation>
    </message>
    <message>
        <source>it records no docker command</source>
        <translation>no registra ningún comando docker</translation>
    </message>
    <message>
        <source>No exec history could be read (%1).</source>
        <translation>No se ha podido leer ningún historial de exec (%1).</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 a las %2 (%3)</translation>
    </message>
    <message>
        <source>%1 at %2 %3 (%4)</source>
        <translation>%1 a las %2 %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n exec(s) the daemon no longer knows could not be judged.</source>
        <translation>
            <numerusform> No se ha podido valorar %n exec que el demonio ya no conoce.</numerusform>
            <numerusform> No se han podido valorar %n execs que el demonio ya no conoce.</numerusform>
        </translation>
    </message>
    <message>
        <source>docker exec --privileged ran in this container: %1.</source>
        <translation>Se ha ejecutado docker exec --privileged en este contenedor: %1.</translation>
    </message>
    <message>
        <source>No docker exec --privileged in %1.</source>
        <translation>Ningún docker exec --privileged en %1.</translation>
    </message>
    <message>
        <source>with --user %1</source>
        <translation>con --user %1</translation>
    </message>
    <message>
        <source>without --user, so as the container&apos;s user, root</source>
        <translation>sin --user, por tanto como el usuario del contenedor, root</translation>
    </message>
    <message>
        <source>docker exec ran as root in this container: %1.</source>
        <translation>Se ha ejecutado docker exec como root en este contenedor: %1.</translation>
    </message>
    <message>
        <source>No docker exec ran as root in %1.</source>
        <translation>Ningún docker exec se ha ejecutado como root en %1.</translation>
    </message>
    <message>
        <source>No docker exec ran with --privileged</source>
        <translation>Ningún docker exec se ha ejecutado con --privileged</translation>
    </message>
    <message>
        <source>docker exec --privileged gives the command every capability and lifts the container&apos;s seccomp and AppArmor limits, whatever the container was started with.</source>
        <translation>docker exec --privileged da al comando todas las capabilities y le quita los límites de seccomp y AppArmor del contenedor, se iniciara como se iniciara el contenedor.</translation>
    </message>
    <message>
        <source>Do not use docker exec --privileged; find out who ran it and why. The daemon keeps its latest 256 events; audit /usr/bin/docker (auditctl -w /usr/bin/docker -k docker) for a longer record.</source>
        <translation>No use docker exec --privileged; averigüe quién lo ejecutó y por qué. El demonio conserva sus 256 últimos eventos; audite /usr/bin/docker (auditctl -w /usr/bin/docker -k docker) para tener un registro más largo.</translation>
    </message>
    <message>
        <source>No docker exec ran as root</source>
        <translation>Ningún docker exec se ha ejecutado como root</translation>
    </message>
    <message>
        <source>docker exec --user root (or 0) runs the command as root inside a container meant to run as another user; without --user it runs as the container&apos;s user, root when the container runs as root.</source>
        <translation>docker exec --user root (o 0) ejecuta el comando como root dentro de un contenedor pensado para ejecutarse como otro usuario; sin --user se ejecuta como el usuario del contenedor, que es root cuando el contenedor se ejecuta como root.</translation>
    </message>
    <message>
        <source>Run docker exec as the container&apos;s own non-root user (--user appuser), and run the container itself as a non-root user.</source>
        <translation>Ejecute docker exec como el usuario no root del propio contenedor (--user appuser) y ejecute el contenedor como un usuario no root.</translation>
    </message>
    <message>
        <source>Windows image: setuid and setgid are Linux file permissions.</source>
        <translation>Imagen de Windows: setuid y setgid son permisos de fichero de Linux.</translation>
    </message>
    <message>
        <source>setuid and setgid</source>
        <translation>setuid y setgid</translation>
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
        <translation>%1 (%2, modo %3, propietario %4:%5)</translation>
    </message>
    <message numerus="yes">
        <source>%n setuid or setgid file(s) in the image: %1</source>
        <translation>
            <numerusform>%n fichero setuid o setgid en la imagen: %1</numerusform>
            <numerusform>%n ficheros setuid o setgid en la imagen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>y %n más.</numerusform>
            <numerusform>y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan did not read the whole image, so there may be more: %1</source>
        <translation>El análisis no ha leído toda la imagen, así que puede haber más: %1</translation>
    </message>
    <message>
        <source>This image&apos;s probe was made before Escut looked for setuid and setgid files (an older snapshot): audit again to scan the image.</source>
        <translation>La sonda de esta imagen se hizo antes de que Escut buscara ficheros setuid y setgid (una instantánea antigua): vuelva a auditar para analizar la imagen.</translation>
    </message>
    <message numerus="yes">
        <source>No setuid or setgid file among the image&apos;s %n file(s) and directories.</source>
        <translation>
            <numerusform>Ningún fichero setuid o setgid entre los ficheros y directorios de la imagen (%n en total).</numerusform>
            <numerusform>Ningún fichero setuid o setgid entre los ficheros y directorios de la imagen (%n en total).</numerusform>
        </translation>
    </message>
    <message>
        <source>No setuid or setgid files in the image</source>
        <translation>Ningún fichero setuid o setgid en la imagen</translation>
    </message>
    <message>
        <source>CIS 4.8: a program with the setuid or setgid permission runs with the rights of the user or group that owns it, usually root, whoever starts it; a flaw in any of them lets a process in the container raise its privileges. Few services need one. Escut reads the permissions of every file in the image without running it (a stopped container and Docker&apos;s archive API); directories are not counted, as their setgid bit only passes their group on to new files.</source>
        <translation>CIS 4.8: un programa con el permiso setuid o setgid se ejecuta con los derechos del usuario o grupo propietario, normalmente root, lo inicie quien lo inicie; un fallo en cualquiera de ellos permite a un proceso del contenedor elevar sus privilegios. Pocos servicios necesitan alguno. Escut lee los permisos de todos los ficheros de la imagen sin ejecutarla (un contenedor detenido y la API de archivo de Docker); los directorios no se cuentan, ya que su bit setgid solo transmite su grupo a los ficheros nuevos.</translation>
    </message>
    <message>
        <source>Keep the setuid and setgid permissions only on programs the service needs: near the end of the Dockerfile, RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} + and rebuild. Starting containers with --security-opt no-new-privileges also stops the permissions from raising privileges.</source>
        <translation>Mantenga los permisos setuid y setgid solo en los programas que el servicio necesita: hacia el final del Dockerfile, RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} + y vuelva a construir la imagen. Iniciar los contenedores con --security-opt no-new-privileges también impide que estos permisos eleven privilegios.</translation>
    </message>
    <message>
        <source>The swarm&apos;s root CA certificate in docker info (Swarm.Cluster.TLSInfo.TrustRoot) is not a PEM certificate.</source>
        <translation>El certificado de la CA raíz del swarm en docker info (Swarm.Cluster.TLSInfo.TrustRoot) no es un certificado PEM.</translation>
    </message>
    <message>
        <source>The swarm&apos;s root CA certificate was issued on %1, %2 days before this audit: rotate it (docker swarm ca --rotate) if your policy asks for it.</source>
        <translation>El certificado de la CA raíz del swarm se emitió el %1, %2 días antes de esta auditoría: renuévelo (docker swarm ca --rotate) si su política lo pide.</translation>
    </message>
    <message>
        <source>The swarm&apos;s root CA certificate was issued on %1, %2 days before this audit.</source>
        <translation>El certificado de la CA raíz del swarm se emitió el %1, %2 días antes de esta auditoría.</translation>
    </message>
    <message>
        <source>The swarm&apos;s root CA is rotated</source>
        <translation>La CA raíz del swarm se renueva</translation>
    </message>
    <message>
        <source>The swarm&apos;s root CA signs every node certificate: a CA key that has lived for years has had years to leak, and rotating it is how a swarm recovers from a compromised manager.</source>
        <translation>La CA raíz del swarm firma todos los certificados de los nodos: una clave de CA que existe desde hace años ha tenido años para filtrarse, y renovarla es la forma en que un swarm se recupera de un manager comprometido.</translation>
    </message>
    <message>
        <source>Rotate the root CA with docker swarm ca --rotate as often as your policy asks (CIS leaves the period to you; Escut shows CAs older than a year for review).</source>
        <translation>Renueve la CA raíz con docker swarm ca --rotate con la frecuencia que pida su política (CIS deja el periodo a su elección; Escut muestra para revisar las CA de más de un año).</translation>
    </message>
</context>
<context>
    <name>Cis</name>
    <message>
        <source>Whether packages were verified when the image was built leaves no trace in the image or its history.</source>
        <translation>Si los paquetes se verificaron al construir la imagen es algo que no deja rastro en la imagen ni en su historial.</translation>
    </message>
    <message>
        <source>Whether an image is pulled again before each use is a working practice: the daemon keeps no record of it.</source>
        <translation>Volver a descargar una imagen antes de cada uso es una práctica de trabajo: el demonio no guarda constancia de ello.</translation>
    </message>
    <message>
        <source>Whether secrets are managed with docker secret is a working practice; the daemon cannot tell what a service&apos;s variables hold.</source>
        <translation>Gestionar los secretos con docker secret es una práctica de trabajo; el demonio no puede saber qué contienen las variables de un servicio.</translation>
    </message>
    <message>
        <source>The daemon does not record when the auto-lock key was last rotated.</source>
        <translation>El demonio no registra cuándo se rotó por última vez la clave de bloqueo automático.</translation>
    </message>
    <message>
        <source>Which interface carries management and which data traffic is set when nodes join (--advertise-addr, --data-path-addr) and is not reported by the daemon.</source>
        <translation>Qué interfaz lleva el tráfico de gestión y cuál el de datos se decide cuando los nodos se unen (--advertise-addr, --data-path-addr), y el demonio no informa de ello.</translation>
    </message>
</context>
<context>
    <name>CisReport</name>
    <message>
        <source>Not checked by Escut: %1</source>
        <translation>Escut no lo comprueba: %1</translation>
    </message>
    <message>
        <source>%1 of %2 results of %3 fail or warn</source>
        <translation>%1 de %2 hallazgos de %3 tienen fallo o aviso</translation>
    </message>
    <message>
        <source>Checked by %1: for review</source>
        <translation>Comprobado por %1: para revisar</translation>
    </message>
    <message>
        <source>Checked by %1</source>
        <translation>Comprobado por %1</translation>
    </message>
    <message>
        <source>Could not be checked here</source>
        <translation>No se ha podido comprobar aquí</translation>
    </message>
    <message>
        <source>Checked by %1: nothing to check in this audit</source>
        <translation>Comprobado por %1: nada que comprobar en esta auditoría</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>no se comprueba: %1</translation>
    </message>
    <message>
        <source>%1: %2 recommendations, %3 covered by Escut&apos;s checks, %4 not checked.</source>
        <translation>%1: %2 recomendaciones, %3 cubiertas por las comprobaciones de Escut, %4 sin comprobar.</translation>
    </message>
    <message>
        <source>%1 — audit of %2</source>
        <translation>%1 — auditoría de %2</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>... y %1 más</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Comprobaciones: %1</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Puntuación: %1</translation>
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
        <translation>Uso: escut-cli &lt;orden&gt; [opciones]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Audit the Docker host and print the findings</source>
        <translation>Audita el host de Docker y muestra los hallazgos</translation>
    </message>
    <message>
        <source>Save the collected facts to a JSON snapshot</source>
        <translation>Guarda los datos recogidos en una instantánea JSON</translation>
    </message>
    <message>
        <source>List the checks of the catalogue</source>
        <translation>Lista las comprobaciones del catálogo</translation>
    </message>
    <message>
        <source>Run &apos;escut-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Ejecute &apos;escut-cli &lt;orden&gt; --help&apos; para ver las opciones de una orden.</translation>
    </message>
    <message>
        <source>Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or connection error.</source>
        <translation>Códigos de salida: 0 ningún hallazgo igual o por encima de --fail-on, 1 hay hallazgos, 2 error de uso o de conexión.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no se ha indicado ninguna orden</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>orden desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Docker endpoint: unix:///path or tcp://host:port.</source>
        <translation>Punto de conexión de Docker: unix:///ruta o tcp://host:puerto.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Docker context to use.</source>
        <translation>Contexto de Docker que se usará.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Only these layers, comma-separated: %1.</source>
        <translation>Solo estas capas, separadas por comas: %1.</translation>
    </message>
    <message>
        <source>LAYER,...</source>
        <translation>CAPA,...</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Escribe en FICHERO en lugar de la salida estándar.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHERO</translation>
    </message>
    <message>
        <source>Language of texts: ca, es or en.</source>
        <translation>Idioma de los textos: ca, es o en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>Seconds to wait for each Docker request (default 30).</source>
        <translation>Segundos de espera para cada petición a Docker (por defecto 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>Audit the Docker host: collect facts, evaluate every check, score each layer.</source>
        <translation>Audita el host de Docker: recoge los datos, evalúa cada comprobación y puntúa cada capa.</translation>
    </message>
    <message>
        <source>Evaluate a saved snapshot instead of a live daemon.</source>
        <translation>Evalúa una instantánea guardada en lugar de un demonio en ejecución.</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Formato de salida: text o json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>Exit with 1 when a failed check has this severity or higher: info, low, medium, high, critical or none (default high).</source>
        <translation>Sale con 1 cuando una comprobación fallida tiene esta gravedad o más: info, low, medium, high, critical o none (por defecto high).</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVEDAD</translation>
    </message>
    <message>
        <source>Text output: list passing checks too.</source>
        <translation>Salida de texto: lista también las comprobaciones correctas.</translation>
    </message>
    <message>
        <source>Never use colours.</source>
        <translation>No usar nunca colores.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--host and --context cannot be used together</source>
        <translation>--host y --context no se pueden usar a la vez</translation>
    </message>
    <message>
        <source>--snapshot cannot be combined with --host or --context</source>
        <translation>--snapshot no se puede combinar con --host ni con --context</translation>
    </message>
    <message>
        <source>unknown layer &apos;%1&apos;; valid layers: %2</source>
        <translation>capa desconocida &apos;%1&apos;; capas válidas: %2</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; valid formats: text, json</source>
        <translation>formato desconocido &apos;%1&apos;; formatos válidos: text, json</translation>
    </message>
    <message>
        <source>unknown severity &apos;%1&apos;; valid: info, low, medium, high, critical, none</source>
        <translation>gravedad desconocida &apos;%1&apos;; valores válidos: info, low, medium, high, critical, none</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds</source>
        <translation>--timeout necesita un número positivo de segundos</translation>
    </message>
    <message>
        <source>%1: %2/%3</source>
        <translation>%1: %2/%3</translation>
    </message>
    <message>
        <source>Collect the facts of the Docker host into a JSON snapshot. &apos;escut-cli audit --snapshot FILE&apos; evaluates it later, with no daemon.</source>
        <translation>Recoge los datos del host de Docker en una instantánea JSON. &apos;escut-cli audit --snapshot FICHERO&apos; la evalúa más tarde, sin demonio.</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot written to %1 (%n container(s)).</source>
        <translation>
            <numerusform>Instantánea guardada en %1 (%n contenedor).</numerusform>
            <numerusform>Instantánea guardada en %1 (%n contenedores).</numerusform>
        </translation>
    </message>
    <message>
        <source>List the checks of the catalogue.</source>
        <translation>Lista las comprobaciones del catálogo.</translation>
    </message>
    <message>
        <source>Show rationale and remediation.</source>
        <translation>Muestra la justificación y la corrección.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use ca, es or en.</source>
        <translation>Idioma desconocido &apos;%1&apos;: use ca, es o en.</translation>
    </message>
    <message>
        <source>Reversible fixes. Every apply is a transaction in the journal: originals are backed up, files are written atomically, and &apos;rollback TX&apos; restores them byte for byte.</source>
        <translation>Correcciones reversibles. Cada aplicación es una transacción del diario: se guarda una copia de los originales, los ficheros se escriben de forma atómica y &apos;rollback TX&apos; los restaura byte a byte.</translation>
    </message>
    <message>
        <source>Treat DIR as the filesystem root (labs and tests).</source>
        <translation>Trata DIR como la raíz del sistema de ficheros (laboratorios y pruebas).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Apply without asking.</source>
        <translation>Aplica sin preguntar.</translation>
    </message>
    <message>
        <source>Roll back even files changed after the apply.</source>
        <translation>Deshace incluso los ficheros modificados después de aplicar.</translation>
    </message>
    <message>
        <source>checks: %1</source>
        <translation>comprobaciones: %1</translation>
    </message>
    <message>
        <source>The journal is empty (%1).</source>
        <translation>El diario está vacío (%1).</translation>
    </message>
    <message>
        <source>usage: escut-cli fix rollback TX (see &apos;escut-cli fix journal&apos;)</source>
        <translation>uso: escut-cli fix rollback TX (vea &apos;escut-cli fix journal&apos;)</translation>
    </message>
    <message numerus="yes">
        <source>Transaction %1 rolled back: %n file(s) restored.</source>
        <translation>
            <numerusform>Se ha deshecho la transacción %1: se ha restaurado %n fichero.</numerusform>
            <numerusform>Se ha deshecho la transacción %1: se han restaurado %n ficheros.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing to change, the fix is already in place.</source>
        <translation>%1: no hay nada que cambiar, la corrección ya está aplicada.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>not applied: confirm with --yes when there is no terminal to ask</source>
        <translation>no se ha aplicado: confírmelo con --yes cuando no hay ningún terminal para preguntar</translation>
    </message>
    <message>
        <source>Apply these changes? [y/N] </source>
        <translation>¿Aplicar estos cambios? [s/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Applied as transaction %1; undo it with: escut-cli fix rollback %1</source>
        <translation>Aplicado como transacción %1; deshágalo con: escut-cli fix rollback %1</translation>
    </message>
    <message>
        <source>Verification: the fix still finds changes to make; check the files by hand.</source>
        <translation>Verificación: la corrección aún encuentra cambios por hacer; revise los ficheros a mano.</translation>
    </message>
    <message>
        <source>The token is in the keychain as &apos;%1&apos;.</source>
        <translation>El token está en el llavero como &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Harden a Compose file (compose harden FILE [-o OUT | --override])</source>
        <translation>Bastiona un fichero Compose (compose harden FICHERO [-o SALIDA | --override])</translation>
    </message>
    <message>
        <source>Harden a Compose file: no-new-privileges, cap_drop ALL, read-only root with tmpfs, resource limits. Without -o or --override the hardened file is only printed.</source>
        <translation>Bastiona un fichero Compose: no-new-privileges, cap_drop ALL, raíz de solo lectura con tmpfs, límites de recursos. Sin -o ni --override el fichero bastionado solo se muestra.</translation>
    </message>
    <message>
        <source>harden FILE</source>
        <translation>harden FICHERO</translation>
    </message>
    <message>
        <source>usage: escut-cli compose harden FILE [-o OUT | --override]</source>
        <translation>uso: escut-cli compose harden FICHERO [-o SALIDA | --override]</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Also audit this Compose file (repeatable); files of running Compose projects are found by themselves.</source>
        <translation>Audita también este fichero Compose (se puede repetir); los ficheros de los proyectos Compose en ejecución se encuentran solos.</translation>
    </message>
    <message>
        <source>fixes change this machine&apos;s files: --host must be a local unix:// socket</source>
        <translation>las correcciones cambian ficheros de esta máquina: --host debe ser un socket unix:// local</translation>
    </message>
    <message>
        <source>systemctl is not available here: restart dockerd the way it was started (reload: send it SIGHUP).</source>
        <translation>systemctl no está disponible aquí: reinicie dockerd de la forma en que se arrancó (para recargar: envíele SIGHUP).</translation>
    </message>
    <message>
        <source>Restarting dockerd stops the running containers unless live-restore is on.</source>
        <translation>Reiniciar dockerd para los contenedores en ejecución salvo que live-restore esté activado.</translation>
    </message>
    <message>
        <source>systemctl could not %1 docker: %2</source>
        <translation>systemctl no ha podido hacer %1 de docker: %2</translation>
    </message>
    <message>
        <source>dockerd reloaded its configuration.</source>
        <translation>dockerd ha recargado la configuración.</translation>
    </message>
    <message>
        <source>dockerd restarted.</source>
        <translation>dockerd se ha reiniciado.</translation>
    </message>
    <message>
        <source>unknown fix action &apos;%1&apos;; use list, preview ID, apply ID, rollback TX, journal, restart-daemon or reload-daemon</source>
        <translation>acción de corrección desconocida &apos;%1&apos;; use list, preview ID, apply ID, rollback TX, journal, restart-daemon o reload-daemon</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; valid formats: %2</source>
        <translation>formato desconocido «%1»; formatos válidos: %2</translation>
    </message>
    <message>
        <source>List the stored audits</source>
        <translation>Lista las auditorías guardadas</translation>
    </message>
    <message>
        <source>Compare two stored audits: new, fixed and unchanged findings</source>
        <translation>Compara dos auditorías guardadas: hallazgos nuevos, corregidos y sin cambios</translation>
    </message>
    <message>
        <source>Serve periodic audits as Prometheus metrics on /metrics</source>
        <translation>Sirve auditorías periódicas como métricas de Prometheus en /metrics</translation>
    </message>
    <message>
        <source>Do not store this audit in the history.</source>
        <translation>No guardar esta auditoría en el historial.</translation>
    </message>
    <message>
        <source>Audit every endpoint listed in FILE (one per line: unix://, tcp:// with TLS options, or a context name), as a fleet.</source>
        <translation>Audita como flota cada punto de conexión de FICHERO (uno por línea: unix://, tcp:// con opciones TLS, o un nombre de contexto).</translation>
    </message>
    <message>
        <source>Fleets: audit at most N endpoints at a time (default 4).</source>
        <translation>Flotas: audita como máximo N puntos de conexión a la vez (por defecto 4).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Fleets: write one report per endpoint into DIR, plus the aggregate fleet.&lt;ext&gt;.</source>
        <translation>Flotas: escribe un informe por punto de conexión en DIR, más el agregado fleet.&lt;ext&gt;.</translation>
    </message>
    <message>
        <source>--output-dir is for fleets (--hosts, or several --host/--context)</source>
        <translation>--output-dir es para flotas (--hosts, o varios --host/--context)</translation>
    </message>
    <message>
        <source>--parallel needs a positive number</source>
        <translation>--parallel necesita un número positivo</translation>
    </message>
    <message>
        <source>Audit the endpoints every interval and serve the results as Prometheus metrics on /metrics (each series carries an endpoint label). Runs until stopped.</source>
        <translation>Audita los puntos de conexión en cada intervalo y sirve los resultados como métricas de Prometheus en /metrics (cada serie lleva la etiqueta endpoint). Se ejecuta hasta que lo detenga.</translation>
    </message>
    <message>
        <source>Address and port to listen on (default 127.0.0.1:9469).</source>
        <translation>Dirección y puerto donde escuchar (por defecto 127.0.0.1:9469).</translation>
    </message>
    <message>
        <source>ADDRESS:PORT</source>
        <translation>DIRECCIÓN:PUERTO</translation>
    </message>
    <message>
        <source>Time between audits: 30s, 5m, 1h (default 5m).</source>
        <translation>Tiempo entre auditorías: 30s, 5m, 1h (por defecto 5m).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURACIÓN</translation>
    </message>
    <message>
        <source>Docker endpoint to audit (repeatable).</source>
        <translation>Punto de conexión de Docker que auditar (se puede repetir).</translation>
    </message>
    <message>
        <source>Docker context to audit (repeatable).</source>
        <translation>Contexto de Docker que auditar (se puede repetir).</translation>
    </message>
    <message>
        <source>Audit every endpoint listed in FILE.</source>
        <translation>Audita cada punto de conexión listado en FICHERO.</translation>
    </message>
    <message>
        <source>Audit at most N endpoints at a time (default 4).</source>
        <translation>Audita como máximo N puntos de conexión a la vez (por defecto 4).</translation>
    </message>
    <message>
        <source>Do not store the audits in the history.</source>
        <translation>No guardar las auditorías en el historial.</translation>
    </message>
    <message>
        <source>--listen needs ADDRESS:PORT, such as 127.0.0.1:9469</source>
        <translation>--listen necesita DIRECCIÓN:PUERTO, como 127.0.0.1:9469</translation>
    </message>
    <message>
        <source>--interval needs a duration such as 30s, 5m or 1h</source>
        <translation>--interval necesita una duración como 30s, 5m o 1h</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>no se puede escuchar en %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Serving metrics on http://%1:%2/metrics, auditing %n endpoint(s) every %3 s.</source>
        <translation>
            <numerusform>Sirviendo métricas en http://%1:%2/metrics; se audita %n punto de conexión cada %3 s.</numerusform>
            <numerusform>Sirviendo métricas en http://%1:%2/metrics; se auditan %n puntos de conexión cada %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be audited: %2</source>
        <translation>no se ha podido auditar %1: %2</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>no se puede crear el directorio %1</translation>
    </message>
    <message>
        <source>List the stored audits (newest first): time, endpoint, scores.</source>
        <translation>Lista las auditorías guardadas (la más reciente primero): hora, punto de conexión, puntuaciones.</translation>
    </message>
    <message>
        <source>Only audits since DATE (2026-11-30, 2026-11-30T12:00:00Z, or 7d, 12h, 30m ago).</source>
        <translation>Solo las auditorías desde FECHA (2026-11-30, 2026-11-30T12:00:00Z, o hace 7d, 12h, 30m).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>Only audits of this endpoint.</source>
        <translation>Solo las auditorías de este punto de conexión.</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>PUNTO</translation>
    </message>
    <message>
        <source>At most N audits.</source>
        <translation>Como máximo N auditorías.</translation>
    </message>
    <message>
        <source>Keep audits for DAYS days (0: forever; default %1), then drop older ones.</source>
        <translation>Conserva las auditorías DÍAS días (0: para siempre; por defecto %1) y elimina las más antiguas.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DÍAS</translation>
    </message>
    <message>
        <source>--since needs a date such as 2026-11-30 or an age such as 7d</source>
        <translation>--since necesita una fecha como 2026-11-30 o una antigüedad como 7d</translation>
    </message>
    <message>
        <source>--limit needs a number</source>
        <translation>--limit necesita un número</translation>
    </message>
    <message>
        <source>--retention needs a number of days (0 keeps everything)</source>
        <translation>--retention necesita un número de días (0 lo conserva todo)</translation>
    </message>
    <message numerus="yes">
        <source>History kept for %1 day(s); %n old audit(s) dropped.</source>
        <translation>
            <numerusform>El historial se conserva %1 día(s); se ha eliminado %n auditoría antigua.</numerusform>
            <numerusform>El historial se conserva %1 día(s); se han eliminado %n auditorías antiguas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No audits stored yet (%1).</source>
        <translation>Todavía no hay ninguna auditoría guardada (%1).</translation>
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
        <translation>PUNTOS</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FALLO</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>AVISO</translation>
    </message>
    <message>
        <source>Compare two stored audits: new, fixed and unchanged failed or warned findings. Without A and B, the latest audit and the one before it of the same endpoint. Exits with 1 when there are new findings.</source>
        <translation>Compara dos auditorías guardadas: hallazgos con fallo o aviso nuevos, corregidos y sin cambios. Sin A y B, la última auditoría y la anterior del mismo punto de conexión. Sale con 1 cuando hay hallazgos nuevos.</translation>
    </message>
    <message>
        <source>The older audit&apos;s id (see &apos;escut-cli history&apos;).</source>
        <translation>El identificador de la auditoría más antigua (véase &apos;escut-cli history&apos;).</translation>
    </message>
    <message>
        <source>The newer audit&apos;s id.</source>
        <translation>El identificador de la auditoría más reciente.</translation>
    </message>
    <message>
        <source>Also list the unchanged findings.</source>
        <translation>Lista también los hallazgos sin cambios.</translation>
    </message>
    <message>
        <source>usage: escut-cli diff [A B] with audit ids from &apos;escut-cli history&apos;</source>
        <translation>uso: escut-cli diff [A B] con identificadores de auditoría de &apos;escut-cli history&apos;</translation>
    </message>
    <message>
        <source>the history needs two audits of the same endpoint to compare</source>
        <translation>el historial necesita dos auditorías del mismo punto de conexión para comparar</translation>
    </message>
    <message>
        <source>audit %1 (%2, %3, score %4)</source>
        <translation>auditoría %1 (%2, %3, puntuación %4)</translation>
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
            <numerusform>Nuevos: %n</numerusform>
            <numerusform>Nuevos: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fixed: %n</source>
        <translation>
            <numerusform>Corregidos: %n</numerusform>
            <numerusform>Corregidos: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n</source>
        <translation>
            <numerusform>Sin cambios: %n</numerusform>
            <numerusform>Sin cambios: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n (list them with --verbose)</source>
        <translation>
            <numerusform>Sin cambios: %n (lístelos con --verbose)</numerusform>
            <numerusform>Sin cambios: %n (lístelos con --verbose)</numerusform>
        </translation>
    </message>
    <message>
        <source>Security course labs. &apos;start&apos; creates deliberately weak resources labelled escut.lab=ID (own network, files under a sandboxed lab root, never the real /etc/docker); fix them by hand or with &apos;escut-cli fix&apos;; &apos;check&apos; audits again and exits 0 when every goal passes, 1 otherwise; &apos;reset&apos; removes everything the lab&apos;s label marks.</source>
        <translation>Laboratorios para cursos de seguridad. &apos;start&apos; crea recursos débiles a propósito con la etiqueta escut.lab=ID (red propia, ficheros bajo una raíz de laboratorio aislada, nunca el /etc/docker real); corríjalos a mano o con &apos;escut-cli fix&apos;; &apos;check&apos; vuelve a auditar y sale con 0 cuando se cumplen todos los objetivos, 1 si no; &apos;reset&apos; elimina todo lo que lleva la etiqueta del laboratorio.</translation>
    </message>
    <message>
        <source>list, show ID, start ID, check ID, solve ID, reset [ID] or export</source>
        <translation>list, show ID, start ID, check ID, solve ID, reset [ID] o export</translation>
    </message>
    <message>
        <source>Output format: text or json (export: html or json).</source>
        <translation>Formato de salida: text o json (export: html o json).</translation>
    </message>
    <message>
        <source>Whose progress to record and export (default: $ESCUT_STUDENT or the login name).</source>
        <translation>De quién se guarda y se exporta el progreso (por defecto: $ESCUT_STUDENT o el nombre de usuario).</translation>
    </message>
    <message>
        <source>seed %1: %2</source>
        <translation>documento %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n objetivo</numerusform>
            <numerusform>%n objetivos</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; valid formats: html, json</source>
        <translation>formato &apos;%1&apos; desconocido; formatos válidos: html, json</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n lab(s): nothing labelled escut.lab remains.</source>
        <translation>
            <numerusform>Se ha restablecido %n laboratorio: no queda nada con la etiqueta escut.lab.</numerusform>
            <numerusform>Se han restablecido %n laboratorios: no queda nada con la etiqueta escut.lab.</numerusform>
        </translation>
    </message>
    <message>
        <source>no action given: list, show ID, start ID, check ID, solve ID, reset [ID] or export</source>
        <translation>no se ha indicado ninguna acción: list, show ID, start ID, check ID, solve ID, reset [ID] o export</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: list, show ID, start ID, check ID, solve ID, reset [ID] or export</source>
        <translation>acción &apos;%1&apos; desconocida: list, show ID, start ID, check ID, solve ID, reset [ID] o export</translation>
    </message>
    <message>
        <source>&apos;lab %1&apos; needs a lab id (see &apos;escut-cli lab list&apos;)</source>
        <translation>&apos;lab %1&apos; necesita el identificador de un laboratorio (vea &apos;escut-cli lab list&apos;)</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Objetivos:</translation>
    </message>
    <message>
        <source>Hints:</source>
        <translation>Pistas:</translation>
    </message>
    <message>
        <source>Starting the lab %1…</source>
        <translation>Arrancando el laboratorio %1…</translation>
    </message>
    <message>
        <source>Lab %1 started in %2 s. Everything it made carries the label escut.lab=%1; its files are under %3.</source>
        <translation>El laboratorio %1 ha arrancado en %2 s. Todo lo que ha creado lleva la etiqueta escut.lab=%1; sus ficheros están en %3.</translation>
    </message>
    <message>
        <source>When you have fixed it: escut-cli lab check %1</source>
        <translation>Cuando lo haya corregido: escut-cli lab check %1</translation>
    </message>
    <message>
        <source>Applied the reference solution of %1. Run &apos;escut-cli lab check %1&apos; to see the goals pass.</source>
        <translation>Se ha aplicado la solución de referencia de %1. Ejecute &apos;escut-cli lab check %1&apos; para ver cómo se cumplen los objetivos.</translation>
    </message>
    <message>
        <source>Lab %1 reset: nothing labelled escut.lab=%1 remains.</source>
        <translation>Laboratorio %1 restablecido: no queda nada con la etiqueta escut.lab=%1.</translation>
    </message>
    <message>
        <source>Well done: %1 of %2 goals pass.</source>
        <translation>Muy bien: se cumplen %1 de %2 objetivos.</translation>
    </message>
    <message>
        <source>%1 of %2 goals pass.</source>
        <translation>Se cumplen %1 de %2 objetivos.</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Pista: %1</translation>
    </message>
    <message>
        <source>DIGEST</source>
        <translation>RESUMEN</translation>
    </message>
    <message>
        <source>fixes change this machine&apos;s files: the context must use a local unix:// socket</source>
        <translation>las correcciones cambian ficheros de esta máquina: el contexto debe usar un socket unix:// local</translation>
    </message>
    <message>
        <source>Do not run trivy and dockle on the images (image.vulnerabilities and image.lint are skipped).</source>
        <translation>No ejecutar trivy ni dockle sobre las imágenes (image.vulnerabilities e image.lint se omiten).</translation>
    </message>
    <message>
        <source>Also trust images from this registry or namespace, e.g. ghcr.io/myorg (repeatable; adds to trustedSources in ~/.config/escut/escut.conf).</source>
        <translation>Confiar también en las imágenes de este registro o espacio de nombres, p. ej. ghcr.io/myorg (repetible; se añade a trustedSources de ~/.config/escut/escut.conf).</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>FUENTE</translation>
    </message>
    <message>
        <source>Also audit this Dockerfile (repeatable); those of the Compose files&apos; build: sections are found by themselves.</source>
        <translation>Audita también este Dockerfile (se puede repetir); los de las secciones build: de los ficheros Compose se encuentran solos.</translation>
    </message>
    <message>
        <source>Run the active probes: docker exec sh -c true in each running container and a start of each image without secrets (removed afterwards).</source>
        <translation>Ejecuta las sondas activas: docker exec sh -c true en cada contenedor en ejecución y un arranque de cada imagen sin secretos (eliminado después).</translation>
    </message>
    <message>
        <source>--active probes a live daemon; a snapshot already holds the probe results it was taken with</source>
        <translation>--active sondea un demonio en vivo; una instantánea ya contiene los resultados de las sondas con que se tomó</translation>
    </message>
    <message>
        <source>Also read this Compose file (repeatable).</source>
        <translation>Lee también este fichero Compose (se puede repetir).</translation>
    </message>
    <message>
        <source>Also read this Dockerfile (repeatable).</source>
        <translation>Lee también este Dockerfile (se puede repetir).</translation>
    </message>
    <message>
        <source>Run the active probes and keep their results.</source>
        <translation>Ejecuta las sondas activas y guarda sus resultados.</translation>
    </message>
    <message>
        <source>Docker endpoint: unix:///path, tcp://host:port or ssh://user@host.</source>
        <translation>Punto de conexión de Docker: unix:///ruta, tcp://host:puerto o ssh://usuario@host.</translation>
    </message>
    <message>
        <source>Cannot write the plan to %1: %2.</source>
        <translation>No se puede escribir el plan en %1: %2.</translation>
    </message>
    <message>
        <source>The plan file %1 does not exist.</source>
        <translation>El fichero del plan %1 no existe.</translation>
    </message>
    <message>
        <source>Apply only the plan with this digest (shown by the preview): refuse if anything it was computed from changed.</source>
        <translation>Aplica solo el plan con este resumen (el que muestra la previsualización): lo rechaza si ha cambiado algo de lo que se usó para calcularlo.</translation>
    </message>
    <message>
        <source>preview: save the plan to FILE (mode 0600), for escut-fix-helper or &apos;apply --plan&apos;.</source>
        <translation>preview: guarda el plan en FICHERO (modo 0600), para escut-fix-helper o &apos;apply --plan&apos;.</translation>
    </message>
    <message>
        <source>apply: apply exactly the plan saved in FILE by &apos;preview --plan-out&apos;.</source>
        <translation>apply: aplica exactamente el plan guardado en FICHERO con &apos;preview --plan-out&apos;.</translation>
    </message>
    <message>
        <source>Transaction %1 rolled back: the old container is %2 again.</source>
        <translation>Se ha deshecho la transacción %1: el contenedor antiguo vuelve a ser %2.</translation>
    </message>
    <message>
        <source>usage: escut-cli fix %1 ID (see &apos;escut-cli fix list&apos;), or escut-cli fix apply --plan FILE</source>
        <translation>uso: escut-cli fix %1 ID (vea &apos;escut-cli fix list&apos;), o escut-cli fix apply --plan FICHERO</translation>
    </message>
    <message>
        <source>the inputs or files changed after the preview (the plan&apos;s digest is %1, the preview&apos;s %2): nothing was applied. Preview the fix again.</source>
        <translation>las entradas o los ficheros han cambiado después de la previsualización (el resumen del plan es %1 y el de la previsualización, %2): no se ha aplicado nada. Vuelva a previsualizar la corrección.</translation>
    </message>
    <message>
        <source>Plan digest: %1</source>
        <translation>Resumen del plan: %1</translation>
    </message>
    <message>
        <source>Plan saved to %1.</source>
        <translation>Se ha guardado el plan en %1.</translation>
    </message>
    <message>
        <source>PLANFILE</source>
        <translation>FICHERO_PLAN</translation>
    </message>
    <message>
        <source>Applying this fix needs root. Save the plan with --plan-out FILE, then run: pkexec %1</source>
        <translation>Aplicar esta corrección requiere root. Guarde el plan con --plan-out FICHERO y después ejecute: pkexec %1</translation>
    </message>
    <message>
        <source>%1 now runs hardened (the old container is kept, stopped, as %2). Applied as transaction %3; undo it with: escut-cli fix rollback %3</source>
        <translation>%1 ahora se ejecuta bastionado (el contenedor antiguo se conserva, parado, como %2). Aplicado como transacción %3; deshágalo con: escut-cli fix rollback %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--%1 is not an input of %2 (see &apos;escut-cli fix list&apos;).</source>
        <translation>--%1 no es una entrada de %2 (vea &apos;escut-cli fix list&apos;).</translation>
    </message>
    <message>
        <source>Seconds all trivy and dockle runs of the audit may take together (default %1); scans that do not fit are reported as not scanned.</source>
        <translation>Segundos que pueden durar en conjunto todas las ejecuciones de trivy y dockle de la auditoría (por defecto %1); los análisis que no caben se muestran como no analizados.</translation>
    </message>
    <message>
        <source>--scan-timeout needs a positive number of seconds</source>
        <translation>--scan-timeout necesita un número positivo de segundos</translation>
    </message>
    <message>
        <source>-o and --output-dir cannot be used together: --output-dir writes the fleet report as fleet.&lt;ext&gt; beside the report of each endpoint</source>
        <translation>-o y --output-dir no se pueden usar juntos: --output-dir escribe el informe de la flota como fleet.&lt;ext&gt; junto al informe de cada punto de conexión</translation>
    </message>
    <message>
        <source>List, preview, apply and roll back fixes (list, preview ID, apply ID, rollback TX, journal, restart-daemon, reload-daemon)</source>
        <translation>Lista, previsualiza, aplica y deshace correcciones (list, preview ID, apply ID, rollback TX, journal, restart-daemon, reload-daemon)</translation>
    </message>
    <message>
        <source>Security course labs (list, show ID, start ID, check ID, solve ID, reset [ID], export)</source>
        <translation>Laboratorios para cursos de seguridad (list, show ID, start ID, check ID, solve ID, reset [ID], export)</translation>
    </message>
    <message>
        <source>list, preview ID, apply ID, rollback TX, journal, restart-daemon or reload-daemon</source>
        <translation>list, preview ID, apply ID, rollback TX, journal, restart-daemon o reload-daemon</translation>
    </message>
    <message>
        <source>Output format of list and journal: text or json.</source>
        <translation>Formato de salida de list y journal: text o json.</translation>
    </message>
    <message>
        <source>fix.compose-harden: write the hardened Compose file to FILE (default FILE.hardened.yml next to the original).</source>
        <translation>fix.compose-harden: escribe el fichero Compose bastionado en FICHERO (por defecto, FICHERO.hardened.yml junto al original).</translation>
    </message>
    <message>
        <source>The local Docker socket (unix:///path) whose daemon the fixes work on: fixes change this machine&apos;s files, so tcp:// and ssh:// are refused.</source>
        <translation>El socket local de Docker (unix:///ruta) del demonio sobre el que actúan las correcciones: las correcciones cambian ficheros de esta máquina, por eso se rechazan tcp:// y ssh://.</translation>
    </message>
    <message>
        <source>Write the hardened file to FILE through the fix journal, after showing the diff and asking (--yes: without asking).</source>
        <translation>Escribe el fichero bastionado en FICHERO a través del diario de correcciones, después de mostrar las diferencias y preguntar (--yes: sin preguntar).</translation>
    </message>
    <message>
        <source>Print the CIS Docker Benchmark v1.6.0: each recommendation, whether it is Automated or Manual, the checks that cover it, or why none does.</source>
        <translation>Muestra el CIS Docker Benchmark v1.6.0: cada recomendación, si es Automated o Manual, las comprobaciones que la cubren o por qué no la cubre ninguna.</translation>
    </message>
    <message>
        <source>Print the CIS Docker Benchmark v1.6.0 with the checks that cover each recommendation</source>
        <translation>Muestra el CIS Docker Benchmark v1.6.0 con las comprobaciones que cubren cada recomendación</translation>
    </message>
    <message>
        <source>List the results by the recommendations of a benchmark, in its order: cis-1.6.0 (formats text and dbs-json, docker-bench-security&apos;s JSON log).</source>
        <translation>Lista los hallazgos según las recomendaciones de un benchmark, en su orden: cis-1.6.0 (formatos text y dbs-json, el registro JSON de docker-bench-security).</translation>
    </message>
    <message>
        <source>BENCHMARK</source>
        <translation>BENCHMARK</translation>
    </message>
    <message>
        <source>With --benchmark: only these CIS recommendations or sections, separated by commas (5,2.1).</source>
        <translation>Con --benchmark: solo estas recomendaciones o secciones del CIS, separadas por comas (5,2.1).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>With --benchmark: leave out these CIS recommendations or sections, separated by commas (5.7,7).</source>
        <translation>Con --benchmark: deja fuera estas recomendaciones o secciones del CIS, separadas por comas (5.7,7).</translation>
    </message>
    <message>
        <source>unknown benchmark &apos;%1&apos;; valid: %2</source>
        <translation>benchmark desconocido &apos;%1&apos;; válidos: %2</translation>
    </message>
    <message>
        <source>--include and --exclude select CIS recommendations: use them with --benchmark %1</source>
        <translation>--include y --exclude seleccionan recomendaciones del CIS: úselas con --benchmark %1</translation>
    </message>
    <message>
        <source>unknown CIS recommendation or section &apos;%1&apos;; escut-cli cis lists them</source>
        <translation>recomendación o sección del CIS desconocida &apos;%1&apos;; escut-cli cis las lista</translation>
    </message>
    <message>
        <source>--benchmark lists the results of one endpoint; it cannot be used with a fleet</source>
        <translation>--benchmark lista los hallazgos de un solo punto de conexión; no se puede usar con una flota</translation>
    </message>
    <message>
        <source>--benchmark writes text or dbs-json, not &apos;%1&apos;</source>
        <translation>--benchmark escribe text o dbs-json, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Output format: %1 or dbs-json.</source>
        <translation>Formato de salida: %1 o dbs-json.</translation>
    </message>
</context>
<context>
    <name>Collector</name>
    <message>
        <source>The audit was cancelled.</source>
        <translation>Se ha cancelado la auditoría.</translation>
    </message>
    <message>
        <source>Reading the daemon</source>
        <translation>Lectura del demonio</translation>
    </message>
    <message>
        <source>Inspecting containers</source>
        <translation>Inspección de los contenedores</translation>
    </message>
    <message>
        <source>Inspecting images</source>
        <translation>Inspección de las imágenes</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB.</source>
        <translation>%1 ocupa más de 4 MiB.</translation>
    </message>
    <message>
        <source>Reading the host (updates, firewall, storage)</source>
        <translation>Lectura del host (actualizaciones, cortafuegos, almacenamiento)</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB.</source>
        <translation>%1 ocupa más de 1 MiB.</translation>
    </message>
    <message>
        <source>The Docker daemon&apos;s container list is not a list.</source>
        <translation>La lista de contenedores del demonio de Docker no es una lista.</translation>
    </message>
    <message>
        <source>The host&apos;s files were left out of this audit.</source>
        <translation>Esta auditoría ha dejado fuera los ficheros del host.</translation>
    </message>
    <message>
        <source>The daemon&apos;s listening sockets can only be read on its own host (from /proc): this endpoint is remote.</source>
        <translation>Los sockets en escucha del demonio solo se pueden leer en su propio host (de /proc): este punto de conexión es remoto.</translation>
    </message>
    <message>
        <source>The containers were left out of this audit.</source>
        <translation>Esta auditoría ha dejado fuera los contenedores.</translation>
    </message>
</context>
<context>
    <name>ComposeFile</name>
    <message>
        <source>The file is not a YAML mapping.</source>
        <translation>El fichero no es un mapa YAML.</translation>
    </message>
    <message>
        <source>Not valid YAML (line %1, column %2): %3</source>
        <translation>No es un YAML válido (línea %1, columna %2): %3</translation>
    </message>
    <message>
        <source>extends: loops through service %1.</source>
        <translation>extends: hace un bucle por el servicio %1.</translation>
    </message>
    <message>
        <source>extends: %1 could not be read.</source>
        <translation>extends: no se ha podido leer %1.</translation>
    </message>
    <message>
        <source>extends: %1 has no service %2.</source>
        <translation>extends: %1 no tiene ningún servicio %2.</translation>
    </message>
</context>
<context>
    <name>ComposeHardener</name>
    <message>
        <source>The file has no services: it does not look like a Compose file.</source>
        <translation>El fichero no tiene servicios: no parece un fichero Compose.</translation>
    </message>
    <message>
        <source>%1 runs privileged: remove privileged: true by hand; cap_drop has no effect while it stays.</source>
        <translation>%1 se ejecuta en modo privilegiado: quite privileged: true a mano; cap_drop no tiene efecto mientras siga.</translation>
    </message>
    <message>
        <source>%1: cap_add %2, what this kind of image needs after cap_drop ALL; adjust if the service does not start.</source>
        <translation>%1: cap_add %2, lo que este tipo de imagen necesita tras cap_drop ALL; ajústelo si el servicio no arranca.</translation>
    </message>
    <message>
        <source>%1: limits in deploy.resources (Compose file format 3): docker compose applies them; docker-compose 1.x needs --compatibility.</source>
        <translation>%1: límites en deploy.resources (formato de fichero Compose 3): docker compose los aplica; docker-compose 1.x necesita --compatibility.</translation>
    </message>
    <message>
        <source>%1: runtime: runsc is not allowed in Compose file format 3; use format 2.4 or the Compose specification.</source>
        <translation>%1: runtime: runsc no está permitido en el formato de fichero Compose 3; use el formato 2.4 o la especificación Compose.</translation>
    </message>
    <message>
        <source>%1: an override cannot rebind ports (Compose adds them to the original ones); write a full file with -o to bind them to 127.0.0.1.</source>
        <translation>%1: un fichero de sustitución no puede volver a vincular los puertos (Compose los añade a los originales); escriba un fichero completo con -o para vincularlos a 127.0.0.1.</translation>
    </message>
    <message>
        <source>%1: a long-syntax port stays as it is; add host_ip: 127.0.0.1 to it by hand (docker compose v2 supports it, docker-compose 1.x does not).</source>
        <translation>%1: un puerto con sintaxis larga queda tal cual; añádale host_ip: 127.0.0.1 a mano (docker compose v2 lo admite, docker-compose 1.x no).</translation>
    </message>
    <message>
        <source>%1 has no user: it runs as the image&apos;s user (often root); set user: to a non-root UID:GID if the image supports it.</source>
        <translation>%1 no tiene user: se ejecuta con el usuario de la imagen (a menudo root); defina user: con un UID:GID no root si la imagen lo admite.</translation>
    </message>
    <message>
        <source>%1 passes secret-looking variables in plain text: %2. Move them to Docker secrets (secrets: and the images&apos; _FILE variables).</source>
        <translation>%1 pasa en texto plano variables que parecen secretos: %2. Páselas a Docker Secrets (secrets: y las variables _FILE de las imágenes).</translation>
    </message>
    <message>
        <source>The full file is written again from its parsed form: comments and anchors are not kept (merge keys are). Prefer --override to leave the original untouched.</source>
        <translation>El fichero completo se vuelve a escribir a partir de su forma analizada: no se conservan los comentarios ni las anclas (sí las claves de fusión). Mejor --override para no tocar el original.</translation>
    </message>
    <message>
        <source>Neither docker-compose nor docker compose is installed: the result was not validated. Install docker-compose to validate it.</source>
        <translation>No está instalado ni docker-compose ni docker compose: el resultado no se ha validado. Instale docker-compose para validarlo.</translation>
    </message>
    <message>
        <source>%1: %2 moved to Docker secrets (files under ./secrets, mode 0600); the service reads them through the _FILE variables, which the official images (postgres, mysql, mariadb, wordpress) understand.</source>
        <translation>%1: %2 se han pasado a Docker Secrets (ficheros en ./secrets, modo 0600); el servicio los lee con las variables _FILE, que entienden las imágenes oficiales (postgres, mysql, mariadb, wordpress).</translation>
    </message>
    <message>
        <source>%1: secrets cannot be moved here (an override cannot remove variables, and Compose file formats before 3.1 have no secrets).</source>
        <translation>%1: aquí no se pueden mover los secretos (un fichero de sustitución no puede quitar variables, y los formatos de Compose anteriores al 3.1 no tienen secretos).</translation>
    </message>
    <message>
        <source>The Compose file cannot be hardened: %1</source>
        <translation>No se puede bastionar el fichero Compose: %1</translation>
    </message>
    <message>
        <source>The Compose file cannot be hardened (line %1): %2</source>
        <translation>No se puede bastionar el fichero Compose (línea %1): %2</translation>
    </message>
</context>
<context>
    <name>ContainerProcesses</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>its main process (pid %1) is not visible in %2</source>
        <translation>su proceso principal (pid %1) no es visible en %2</translation>
    </message>
    <message>
        <source>the daemon&apos;s process list has no command column</source>
        <translation>la lista de procesos del demonio no tiene columna de comando</translation>
    </message>
    <message>
        <source>the daemon did not list its processes: %1</source>
        <translation>el demonio no ha listado sus procesos: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>DaemonListeners</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>DaemonPeer</name>
    <message>
        <source>&apos;%1&apos; is not a unix socket path.</source>
        <translation>&apos;%1&apos; no es una ruta de socket unix.</translation>
    </message>
    <message>
        <source>Cannot connect to %1 to identify the daemon (%2).</source>
        <translation>No se puede conectar a %1 para identificar el demonio (%2).</translation>
    </message>
    <message>
        <source>The peer of %1 cannot be identified.</source>
        <translation>No se puede identificar el proceso del otro extremo de %1.</translation>
    </message>
    <message>
        <source>The process listening on %1 (pid %2) runs as uid %3, neither root nor the owner of the socket: it is not taken as the Docker daemon.</source>
        <translation>El proceso que escucha en %1 (pid %2) se ejecuta como uid %3, que no es root ni el propietario del socket: no se considera el demonio de Docker.</translation>
    </message>
    <message>
        <source>The daemon behind %1 (pid %2) exited while it was identified.</source>
        <translation>El demonio que hay detrás de %1 (pid %2) ha terminado mientras se identificaba.</translation>
    </message>
    <message>
        <source>The command line of the daemon behind %1 (pid %2) cannot be read.</source>
        <translation>No se puede leer la línea de comandos del demonio que hay detrás de %1 (pid %2).</translation>
    </message>
</context>
<context>
    <name>DockerClient</name>
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
        <translation>El punto de conexión %1 ha respondido a /_ping con HTTP %2: no parece un demonio de Docker.</translation>
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
    <message>
        <source>The Docker daemon at %1 did not accept the connection within the connect timeout of %2 s. Check that the host is reachable and that no firewall drops the traffic.</source>
        <translation>El demonio de Docker en %1 no ha aceptado la conexión dentro del tiempo límite de conexión de %2 s. Compruebe que el host es accesible y que ningún cortafuegos bloquea el tráfico.</translation>
    </message>
    <message>
        <source>The Docker daemon at %1 did not answer %2 within the request timeout of %3 s. It may be overloaded or hung; try again or raise --timeout.</source>
        <translation>El demonio de Docker en %1 no ha respondido %2 dentro del tiempo límite de petición de %3 s. Puede estar sobrecargado o colgado; vuelva a intentarlo o aumente --timeout.</translation>
    </message>
    <message>
        <source>The connection to the Docker daemon at %1 broke off before a complete answer arrived. Check that the daemon is healthy (for example with &apos;systemctl status docker&apos;) and try again.</source>
        <translation>La conexión con el demonio de Docker en %1 se ha cortado antes de recibir una respuesta completa. Compruebe que el demonio funciona bien (por ejemplo con &apos;systemctl status docker&apos;) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The Docker daemon refused %1 with HTTP %2 and gave no reason.</source>
        <translation>El demonio de Docker ha rechazado %1 con HTTP %2 sin dar ningún motivo.</translation>
    </message>
    <message>
        <source>The Docker daemon&apos;s answers in progress together passed %1 MiB while it sent %2; Escut stopped reading it.</source>
        <translation>Las respuestas en curso del demonio de Docker han superado en conjunto %1 MiB mientras enviaba %2; Escut ha dejado de leerla.</translation>
    </message>
    <message>
        <source>The Docker daemon at %1 only speaks TLS. Set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH to the directory with its ca.pem, cert.pem and key.pem (or use a docker context that has them).</source>
        <translation>El demonio de Docker de %1 solo acepta TLS. Defina DOCKER_TLS_VERIFY=1 y DOCKER_CERT_PATH con el directorio que contiene sus ca.pem, cert.pem y key.pem (o use un contexto de docker que los tenga).</translation>
    </message>
    <message>
        <source>The endpoint %1 did not answer in HTTP: it does not look like a Docker daemon. Check the address.</source>
        <translation>El punto de conexión %1 no ha respondido en HTTP: no parece un demonio de Docker. Compruebe la dirección.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message numerus="yes">
        <source>The Docker daemon did not send all of %1 within %n second(s).</source>
        <translation>
            <numerusform>El demonio de Docker no ha enviado todo %1 en %n segundo.</numerusform>
            <numerusform>El demonio de Docker no ha enviado todo %1 en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DockerTrust</name>
    <message>
        <source>docker trust inspect printed JSON that is not a list of repositories.</source>
        <translation>docker trust inspect ha impreso un JSON que no es una lista de repositorios.</translation>
    </message>
    <message>
        <source>docker trust inspect %1 failed with exit code %2.</source>
        <translation>docker trust inspect %1 ha fallado con el código de salida %2.</translation>
    </message>
    <message>
        <source>The docker CLI is not installed, so Escut cannot read Docker Content Trust data (docker trust inspect); install it with: apt-get install docker.io</source>
        <translation>La CLI de docker no está instalada, así que Escut no puede leer los datos de Docker Content Trust (docker trust inspect); instálela con: apt-get install docker.io</translation>
    </message>
</context>
<context>
    <name>Dockerfile</name>
    <message>
        <source>invalid escape character %1: use \ or `</source>
        <translation>carácter de escape %1 no válido: use \ o `</translation>
    </message>
    <message>
        <source>the heredoc %1 is never closed</source>
        <translation>el heredoc %1 no se cierra nunca</translation>
    </message>
    <message>
        <source>unknown instruction %1</source>
        <translation>instrucción desconocida %1</translation>
    </message>
    <message>
        <source>FROM without an image</source>
        <translation>FROM sin imagen</translation>
    </message>
    <message>
        <source>%1 before the first FROM: only ARG may come first</source>
        <translation>%1 antes del primer FROM: solo ARG puede ir primero</translation>
    </message>
    <message>
        <source>no FROM instruction</source>
        <translation>ninguna instrucción FROM</translation>
    </message>
</context>
<context>
    <name>Dockle</name>
    <message>
        <source>dockle printed JSON without a &quot;summary&quot;: it is not a dockle JSON report.</source>
        <translation>dockle ha impreso un JSON sin &quot;summary&quot;: no es un informe JSON de dockle.</translation>
    </message>
    <message>
        <source>dockle is not installed: install the .deb of a release from https://github.com/goodwithtech/dockle/releases (apt-get install ./dockle_*.deb), then audit again.</source>
        <translation>dockle no está instalado: instale el .deb de una versión de https://github.com/goodwithtech/dockle/releases (apt-get install ./dockle_*.deb) y vuelva a auditar.</translation>
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
        <source>The Docker host &apos;%1&apos; cannot be reached from here.</source>
        <translation>No se puede llegar al host de Docker &apos;%1&apos; desde aquí.</translation>
    </message>
    <message>
        <source>The Docker context &apos;%1&apos; does not exist (no %2). List the contexts with &apos;docker context ls&apos;.</source>
        <translation>El contexto de Docker &apos;%1&apos; no existe (no hay %2). Liste los contextos con &apos;docker context ls&apos;.</translation>
    </message>
    <message>
        <source>The Docker configuration file %1 is not valid JSON, so the current Docker context is unknown. Fix or remove the file, or choose the daemon with --host.</source>
        <translation>El fichero de configuración de Docker %1 no es un JSON válido, así que no se sabe cuál es el contexto de Docker actual. Corrija o elimine el fichero, o elija el demonio con --host.</translation>
    </message>
    <message>
        <source>The Docker context file %1 is not valid JSON. Repair it, or remove the context &apos;%2&apos; and create it again with &apos;docker context create&apos;.</source>
        <translation>El fichero de contexto de Docker %1 no es un JSON válido. Repárelo, o elimine el contexto &apos;%2&apos; y vuelva a crearlo con &apos;docker context create&apos;.</translation>
    </message>
    <message>
        <source>The Docker context &apos;%1&apos; has no Docker endpoint (%2). Create it again with &apos;docker context create&apos;, or choose the daemon with --host.</source>
        <translation>El contexto de Docker &apos;%1&apos; no tiene ningún punto de conexión de Docker (%2). Vuelva a crearlo con &apos;docker context create&apos;, o elija el demonio con --host.</translation>
    </message>
    <message>
        <source>Cannot understand the Docker host &apos;%1&apos;: %2 Use ssh://user@host or ssh://user@host:port.</source>
        <translation>No se entiende el host de Docker &apos;%1&apos;: %2 Use ssh://usuario@host o ssh://usuario@host:puerto.</translation>
    </message>
    <message>
        <source>it is not a valid URL.</source>
        <translation>no es una URL válida.</translation>
    </message>
    <message>
        <source>ssh:// takes no password (use a key or ssh-agent).</source>
        <translation>ssh:// no admite contraseña (use una clave o ssh-agent).</translation>
    </message>
    <message>
        <source>ssh:// takes no query or fragment.</source>
        <translation>ssh:// no admite consulta ni fragmento.</translation>
    </message>
    <message>
        <source>it names no host.</source>
        <translation>no indica ningún host.</translation>
    </message>
    <message>
        <source>the user name is not valid.</source>
        <translation>el nombre de usuario no es válido.</translation>
    </message>
    <message>
        <source>Unknown Docker host scheme in &apos;%1&apos;: use unix:///path, tcp://host:port or ssh://user@host.</source>
        <translation>Esquema de host de Docker desconocido en &apos;%1&apos;: use unix:///ruta, tcp://host:puerto o ssh://usuario@host.</translation>
    </message>
    <message>
        <source>Cannot understand the Docker host &apos;%1&apos;: use unix:///path, tcp://host:port or ssh://user@host.</source>
        <translation>No se entiende el host de Docker &apos;%1&apos;: use unix:///ruta, tcp://host:puerto o ssh://usuario@host.</translation>
    </message>
    <message>
        <source>DOCKER_CERT_PATH names %1, which is not a directory: it must hold the ca.pem, cert.pem and key.pem of the daemon at %2.</source>
        <translation>DOCKER_CERT_PATH indica %1, que no es un directorio: debe contener los ca.pem, cert.pem y key.pem del demonio de %2.</translation>
    </message>
</context>
<context>
    <name>ExecHistory</name>
    <message>
        <source>The daemon does not report its clock (GET /info SystemTime), which reading its event log needs.</source>
        <translation>El demonio no informa de su reloj (GET /info SystemTime), que hace falta para leer su registro de eventos.</translation>
    </message>
    <message>
        <source>The audit log is on the Docker host; this endpoint is not local.</source>
        <translation>El registro de auditoría está en el host de Docker; este punto de conexión no es local.</translation>
    </message>
    <message>
        <source>It does not exist: auditd is not installed or does not log to it.</source>
        <translation>No existe: auditd no está instalado o no escribe en él.</translation>
    </message>
</context>
<context>
    <name>FileRead</name>
    <message>
        <source>not a regular file</source>
        <translation>no es un fichero normal</translation>
    </message>
    <message>
        <source>larger than %1 MiB</source>
        <translation>ocupa más de %1 MiB</translation>
    </message>
</context>
<context>
    <name>FileWrite</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
</context>
<context>
    <name>FixHelper</name>
    <message>
        <source>--digest takes the 64 hex digits the preview showed.</source>
        <translation>--digest espera los 64 dígitos hexadecimales que ha mostrado la previsualización.</translation>
    </message>
    <message>
        <source>The plan file %1 does not exist.</source>
        <translation>El fichero del plan %1 no existe.</translation>
    </message>
    <message>
        <source>The plan file is not the plan that was previewed (digest %1, expected %2): nothing was changed.</source>
        <translation>El fichero del plan no es el plan que se previsualizó (resumen %1, se esperaba %2): no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Applied as transaction %1; undo it with: escut-fix-helper rollback %1</source>
        <translation>Aplicado como transacción %1; deshágalo con: escut-fix-helper rollback %1</translation>
    </message>
    <message>
        <source>Transaction %1 was applied for another user: nothing was rolled back.</source>
        <translation>La transacción %1 se aplicó para otro usuario: no se ha deshecho nada.</translation>
    </message>
    <message numerus="yes">
        <source>Transaction %1 rolled back: %n file(s) restored.</source>
        <translation>
            <numerusform>Se ha deshecho la transacción %1: se ha restaurado %n fichero.</numerusform>
            <numerusform>Se ha deshecho la transacción %1: se han restaurado %n ficheros.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: escut-fix-helper apply --digest DIGEST [--format json] PLANFILE | rollback [--force] [--format json] TX</source>
        <translation>uso: escut-fix-helper apply --digest RESUMEN [--format json] FICHERO_PLAN | rollback [--force] [--format json] TX</translation>
    </message>
</context>
<context>
    <name>FixInput</name>
    <message>
        <source>FILE</source>
        <translation>FICHERO</translation>
    </message>
    <message>
        <source>Compose file:</source>
        <translation>Fichero Compose:</translation>
    </message>
    <message>
        <source>The Compose file to harden.</source>
        <translation>El fichero Compose que se debe bastionar.</translation>
    </message>
    <message>
        <source>Write an override file next to it (the original stays untouched)</source>
        <translation>Escribir un fichero de sustitución junto a él (el original queda intacto)</translation>
    </message>
    <message>
        <source>Write only the additions to FILE.escut.yml next to FILE; FILE stays untouched.</source>
        <translation>Escribe solo las adiciones en FICHERO.escut.yml junto a FICHERO; FICHERO no se toca.</translation>
    </message>
    <message>
        <source>New file:</source>
        <translation>Fichero nuevo:</translation>
    </message>
    <message>
        <source>The new full file (default FILE.hardened.yml next to the original).</source>
        <translation>El nuevo fichero completo (por defecto FICHERO.hardened.yml junto al original).</translation>
    </message>
    <message>
        <source>Publish ports on 127.0.0.1 only (full file)</source>
        <translation>Publicar los puertos solo en 127.0.0.1 (fichero completo)</translation>
    </message>
    <message>
        <source>Publish the ports on 127.0.0.1 only (full file).</source>
        <translation>Publica los puertos solo en 127.0.0.1 (fichero completo).</translation>
    </message>
    <message>
        <source>Move secret-looking variables to Docker secrets (full file)</source>
        <translation>Mover las variables que parecen secretos a secretos de Docker (fichero completo)</translation>
    </message>
    <message>
        <source>Full file: move secret-looking variables to Docker secrets (NAME_FILE).</source>
        <translation>Fichero completo: pasa las variables que parecen secretos a secretos de Docker (NOMBRE_FILE).</translation>
    </message>
    <message>
        <source>Run the services under gVisor (runtime: runsc)</source>
        <translation>Ejecutar los servicios con gVisor (runtime: runsc)</translation>
    </message>
    <message>
        <source>Run the services under gVisor (runtime: runsc).</source>
        <translation>Ejecuta los servicios con gVisor (runtime: runsc).</translation>
    </message>
    <message>
        <source>SERVICE=CAP,…</source>
        <translation>SERVICIO=CAP,…</translation>
    </message>
    <message>
        <source>Capabilities to add back after cap_drop ALL</source>
        <translation>Capabilities que se vuelven a añadir tras cap_drop ALL</translation>
    </message>
    <message>
        <source>Capabilities SERVICE gets back after cap_drop ALL, instead of the documented table (repeatable; SERVICE= for none).</source>
        <translation>Capabilities que SERVICIO recupera tras cap_drop ALL, en lugar de la tabla documentada (repetible; SERVICIO= para ninguna).</translation>
    </message>
    <message>
        <source>Shell start file:</source>
        <translation>Fichero de inicio del shell:</translation>
    </message>
    <message>
        <source>The shell start file to edit (default ~/.bashrc).</source>
        <translation>El fichero de inicio del shell que se editará (por defecto ~/.bashrc).</translation>
    </message>
    <message>
        <source>Also enable userns-remap (read the warning in the preview)</source>
        <translation>Activar también userns-remap (lea el aviso de la previsualización)</translation>
    </message>
    <message>
        <source>Also enable userns-remap (read the warning in the preview).</source>
        <translation>Activa también userns-remap (lea el aviso de la previsualización).</translation>
    </message>
    <message>
        <source>Dockerfile:</source>
        <translation>Dockerfile:</translation>
    </message>
    <message>
        <source>The Dockerfile to fix.</source>
        <translation>El Dockerfile que se corregirá.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Container:</source>
        <translation>Contenedor:</translation>
    </message>
    <message>
        <source>The container (name or id).</source>
        <translation>El contenedor (nombre o identificador).</translation>
    </message>
    <message>
        <source>Recreate the container hardened (the old one is kept, stopped)</source>
        <translation>Recrear el contenedor bastionado (el antiguo se conserva, detenido)</translation>
    </message>
    <message>
        <source>Applying replaces the container by its hardened twin; rolling back brings the old one back.</source>
        <translation>Al aplicarlo, el contenedor se sustituye por su gemelo bastionado; al deshacerlo, vuelve el antiguo.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>Grace period to stop it (s):</source>
        <translation>Tiempo de gracia para detenerlo (s):</translation>
    </message>
    <message>
        <source>Seconds the old container gets to stop (default 10).</source>
        <translation>Segundos que tiene el contenedor antiguo para detenerse (por defecto 10).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Output directory:</source>
        <translation>Directorio de salida:</translation>
    </message>
    <message>
        <source>The project directory.</source>
        <translation>El directorio del proyecto.</translation>
    </message>
    <message>
        <source>Secret name:</source>
        <translation>Nombre del secreto:</translation>
    </message>
    <message>
        <source>The Docker secret&apos;s name.</source>
        <translation>El nombre del secreto de Docker.</translation>
    </message>
    <message>
        <source>Compose service:</source>
        <translation>Servicio de Compose:</translation>
    </message>
    <message>
        <source>The Compose service to gate.</source>
        <translation>El servicio de Compose que se protegerá.</translation>
    </message>
</context>
<context>
    <name>FixOperation</name>
    <message>
        <source>%1 takes no input &apos;%2&apos;.</source>
        <translation>%1 no admite la entrada &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 needs %2: %3</source>
        <translation>%1 necesita %2: %3</translation>
    </message>
    <message>
        <source>%1 and %2 cannot be used together.</source>
        <translation>%1 y %2 no se pueden usar a la vez.</translation>
    </message>
    <message>
        <source>%1 takes one value.</source>
        <translation>%1 admite un solo valor.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 may use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only (got &apos;%2&apos;).</source>
        <translation>%1 solo puede tener letras, cifras, &apos;.&apos;, &apos;_&apos; y &apos;-&apos; (se recibió &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>%1 takes a whole number from %2 to %3 (got &apos;%4&apos;).</source>
        <translation>%1 espera un número entero de %2 a %3 (se recibió &apos;%4&apos;).</translation>
    </message>
    <message>
        <source>%1 takes a container&apos;s name or id (got &apos;%2&apos;).</source>
        <translation>%1 espera el nombre o el identificador de un contenedor (se recibió &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>%1 takes SERVICE=CAP,CAP (got &apos;%2&apos;).</source>
        <translation>%1 espera SERVICIO=CAP,CAP (se recibió &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>%1 is a switch: it takes 1 or 0, not &apos;%2&apos;.</source>
        <translation>%1 es un interruptor: admite 1 o 0, no «%2».</translation>
    </message>
</context>
<context>
    <name>Fleet</name>
    <message>
        <source>Cannot read the hosts file %1: %2</source>
        <translation>No se puede leer el fichero de hosts %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: a Docker context name takes no options (its TLS material is in the context).</source>
        <translation>%1, línea %2: un nombre de contexto de Docker no admite opciones (el material TLS está en el contexto).</translation>
    </message>
    <message>
        <source>%1, line %2: unknown option &apos;%3&apos; (use tlsverify, certs=DIR, ca=, cert=, key=).</source>
        <translation>%1, línea %2: opción desconocida &apos;%3&apos; (use tlsverify, certs=DIR, ca=, cert=, key=).</translation>
    </message>
    <message>
        <source>The TLS file %1 of %2 does not exist.</source>
        <translation>El fichero TLS %1 de %2 no existe.</translation>
    </message>
    <message>
        <source>The hosts file %1 names no endpoint.</source>
        <translation>El fichero de hosts %1 no nombra ningún punto de conexión.</translation>
    </message>
    <message>
        <source>%1, line %2: an ssh:// endpoint takes no options (ssh reads its keys, ports and host keys from ~/.ssh).</source>
        <translation>%1, línea %2: un punto de conexión ssh:// no admite opciones (ssh lee las claves, los puertos y las claves de host de ~/.ssh).</translation>
    </message>
</context>
<context>
    <name>FleetReport</name>
    <message numerus="yes">
        <source>Fleet: %n endpoint(s)</source>
        <translation>
            <numerusform>Flota: %n punto de conexión</numerusform>
            <numerusform>Flota: %n puntos de conexión</numerusform>
        </translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>inaccesible: %1</translation>
    </message>
    <message>
        <source>score %1, %2 failed, %3 warned</source>
        <translation>puntuación %1, %2 fallos, %3 avisos</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The history database %1 is locked by another program; this audit was not stored (try again when the other Escut has finished).</source>
        <translation>La base de datos del historial %1 está bloqueada por otro programa; esta auditoría no se ha guardado (vuelva a intentarlo cuando el otro Escut haya terminado).</translation>
    </message>
    <message>
        <source>The history database %1 is damaged; move it aside and Escut starts a new one.</source>
        <translation>La base de datos del historial %1 está dañada; muévala a otro lugar y Escut empezará una nueva.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used.</source>
        <translation>No se puede usar la base de datos del historial %1.</translation>
    </message>
    <message>
        <source>Cannot create the directory of the history database %1.</source>
        <translation>No se puede crear el directorio de la base de datos del historial %1.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing (install libqt6sql6-sqlite); audits are not stored.</source>
        <translation>Falta el controlador SQLite de Qt (instale libqt6sql6-sqlite); las auditorías no se guardan.</translation>
    </message>
    <message>
        <source>The history database %1 was written by a newer Escut (schema %2, this one knows %3).</source>
        <translation>La base de datos del historial %1 la escribió un Escut más nuevo (esquema %2; este conoce el %3).</translation>
    </message>
    <message>
        <source>There is no audit %1 in the history (see &apos;escut-cli history&apos;).</source>
        <translation>No hay ninguna auditoría %1 en el historial (véase &apos;escut-cli history&apos;).</translation>
    </message>
    <message>
        <source>The findings of audit %1 in the history database %2 cannot be read.</source>
        <translation>No se pueden leer los hallazgos de la auditoría %1 de la base de datos del historial %2.</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Codificación: %1</translation>
    </message>
</context>
<context>
    <name>HostParsers</name>
    <message>
        <source>nft printed no JSON ruleset.</source>
        <translation>nft no ha mostrado ningún conjunto de reglas JSON.</translation>
    </message>
    <message>
        <source>aa-status printed no JSON profile list.</source>
        <translation>aa-status no ha mostrado ninguna lista de perfiles JSON.</translation>
    </message>
</context>
<context>
    <name>HostProbe</name>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no se ha encontrado</translation>
    </message>
    <message>
        <source>file larger than %1 bytes</source>
        <translation>fichero de más de %1 bytes</translation>
    </message>
    <message>
        <source>no PEM certificate in it</source>
        <translation>no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <source>%1 has more than %2 registry directories or more than %3 files in one: only the first ones, in name order, were checked.</source>
        <translation>%1 tiene más de %2 directorios de registro o más de %3 ficheros en uno de ellos: solo se han comprobado los primeros, por orden de nombre.</translation>
    </message>
    <message>
        <source>The daemon&apos;s process is not visible in /proc to this user: its listening sockets were not read.</source>
        <translation>Este usuario no ve el proceso del demonio en /proc: no se han leído sus sockets en escucha.</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>not scored</source>
        <translation>sin puntuación</translation>
    </message>
    <message>
        <source>Score per layer</source>
        <translation>Puntuación por capa</translation>
    </message>
    <message>
        <source>Findings by status</source>
        <translation>Hallazgos por estado</translation>
    </message>
    <message>
        <source>%1 passed, %2 warned, %3 failed, %4 informational, %5 not evaluated</source>
        <translation>%1 correctos, %2 avisos, %3 fallos, %4 informativos, %5 sin evaluar</translation>
    </message>
    <message>
        <source>Escut security report: %1</source>
        <translation>Informe de seguridad de Escut: %1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Punto de conexión: %1</translation>
    </message>
    <message>
        <source>Docker %1 (API %2) on %3</source>
        <translation>Docker %1 (API %2) en %3</translation>
    </message>
    <message>
        <source>Audited: %1</source>
        <translation>Auditado: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>%1/100</source>
        <translation>%1/100</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Aviso:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Evidence and fix</source>
        <translation>Evidencia y corrección</translation>
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
        <translation>línea %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Corrección: %1</translation>
    </message>
    <message>
        <source>All checks pass.</source>
        <translation>Todas las comprobaciones son correctas.</translation>
    </message>
    <message>
        <source>Checks that could not run</source>
        <translation>Comprobaciones que no se han podido ejecutar</translation>
    </message>
    <message>
        <source>Reason and how to enable it</source>
        <translation>Motivo y cómo activarla</translation>
    </message>
    <message>
        <source>Generated by Escut %1. Scores: every pass, warn or fail puts its severity&apos;s weight at stake; a pass earns it all, a warn half, a fail nothing.</source>
        <translation>Generado por Escut %1. Puntuación: cada hallazgo correcto, con aviso o con fallo pone en juego el peso de su gravedad; un correcto lo gana entero, un aviso la mitad y un fallo nada.</translation>
    </message>
    <message>
        <source>Escut fleet report</source>
        <translation>Informe de flota de Escut</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s), %1 audited, %2 unreachable.</source>
        <translation>
            <numerusform>%n punto de conexión, %1 auditado(s), %2 inaccesible(s).</numerusform>
            <numerusform>%n puntos de conexión, %1 auditados, %2 inaccesibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Punto de conexión</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Unreachable: %1</source>
        <translation>Inaccesible: %1</translation>
    </message>
    <message numerus="yes">
        <source>Docker %1, %n container(s)</source>
        <translation>
            <numerusform>Docker %1, %n contenedor</numerusform>
            <numerusform>Docker %1, %n contenedores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n contenedor</numerusform>
            <numerusform>%n contenedores</numerusform>
        </translation>
    </message>
    <message>
        <source>containers not audited</source>
        <translation>contenedores no auditados</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>images not audited</source>
        <translation>imágenes no auditadas</translation>
    </message>
</context>
<context>
    <name>ImageCollector</name>
    <message>
        <source>%1 is installed but does not work: %2</source>
        <translation>%1 está instalado pero no funciona: %2</translation>
    </message>
    <message>
        <source>Not scanned: --no-scan.</source>
        <translation>No analizada: --no-scan.</translation>
    </message>
    <message>
        <source>Examining images</source>
        <translation>Examinando las imágenes</translation>
    </message>
    <message numerus="yes">
        <source>Not scanned: the image scans of this audit used up their time (%n second(s), --scan-timeout).</source>
        <translation>
            <numerusform>No analizada: los análisis de imágenes de esta auditoría han agotado su tiempo (%n segundo, --scan-timeout).</numerusform>
            <numerusform>No analizada: los análisis de imágenes de esta auditoría han agotado su tiempo (%n segundos, --scan-timeout).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageProbe</name>
    <message>
        <source>The daemon&apos;s X-Docker-Container-Path-Stat header is not base64 JSON.</source>
        <translation>La cabecera X-Docker-Container-Path-Stat del demonio no es JSON en base64.</translation>
    </message>
    <message>
        <source>The daemon answered HEAD %1 without an X-Docker-Container-Path-Stat header.</source>
        <translation>El demonio ha respondido a HEAD %1 sin la cabecera X-Docker-Container-Path-Stat.</translation>
    </message>
    <message>
        <source>Could not create a stopped container of the image to look at its files: %1</source>
        <translation>No se ha podido crear un contenedor detenido de la imagen para mirar sus ficheros: %1</translation>
    </message>
    <message>
        <source>The daemon created no container to look at the image&apos;s files.</source>
        <translation>El demonio no ha creado ningún contenedor para mirar los ficheros de la imagen.</translation>
    </message>
    <message>
        <source>Could not look at the image&apos;s files: %1</source>
        <translation>No se han podido mirar los ficheros de la imagen: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Not scanned for setuid and setgid files: the audit was cancelled.</source>
        <translation>No se ha analizado si hay ficheros setuid y setgid: la auditoría se ha cancelado.</translation>
    </message>
    <message>
        <source>Not all of the image was scanned for setuid and setgid files: its files take more than %1 MiB, the most Escut reads.</source>
        <translation>No se ha analizado toda la imagen en busca de ficheros setuid y setgid: sus ficheros ocupan más de %1 MiB, el máximo que lee Escut.</translation>
    </message>
    <message>
        <source>The scan for setuid and setgid files did not finish: %1</source>
        <translation>El análisis de ficheros setuid y setgid no ha terminado: %1</translation>
    </message>
    <message>
        <source>The scan for setuid and setgid files stopped: %1</source>
        <translation>El análisis de ficheros setuid y setgid se ha detenido: %1</translation>
    </message>
</context>
<context>
    <name>JsonUtil</name>
    <message>
        <source>larger than %1 MiB</source>
        <translation>ocupa más de %1 MiB</translation>
    </message>
    <message>
        <source>a NUL byte</source>
        <translation>un byte NUL</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>con más de %1 niveles de anidamiento</translation>
    </message>
</context>
<context>
    <name>JunitReport</name>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidencia: %1</translation>
    </message>
    <message>
        <source>CIS %1</source>
        <translation>CIS %1</translation>
    </message>
    <message>
        <source>Line %1 of %2</source>
        <translation>Línea %1 de %2</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Corrección: %1</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>No keychain service is available (%1): the secret is kept only in its file.</source>
        <translation>No hay ningún servicio de llavero disponible (%1): el secreto solo se guarda en su fichero.</translation>
    </message>
</context>
<context>
    <name>LabEngine</name>
    <message>
        <source>Lab images are built from a static busybox, which is not installed: install the busybox-static package (apt install busybox-static).</source>
        <translation>Las imágenes de los laboratorios se construyen con un busybox estático, que no está instalado: instale el paquete busybox-static (apt install busybox-static).</translation>
    </message>
    <message>
        <source>%1 is not a static binary: install the busybox-static package (apt install busybox-static).</source>
        <translation>%1 no es un binario estático: instale el paquete busybox-static (apt install busybox-static).</translation>
    </message>
    <message>
        <source>Lab file &apos;%1&apos; is outside the lab root.</source>
        <translation>El fichero de laboratorio &apos;%1&apos; está fuera de la raíz del laboratorio.</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>No se puede crear la carpeta de %1.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>No se puede eliminar %1.</translation>
    </message>
    <message>
        <source>The build folder %1 does not exist.</source>
        <translation>La carpeta de construcción %1 no existe.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>A file name of image %1 is too long.</source>
        <translation>Un nombre de fichero de la imagen %1 es demasiado largo.</translation>
    </message>
    <message>
        <source>Building the lab image %1 failed.</source>
        <translation>No se ha podido construir la imagen de laboratorio %1.</translation>
    </message>
    <message>
        <source>The container %1 does not carry the label %2=%3: the lab leaves it alone.</source>
        <translation>El contenedor %1 no lleva la etiqueta %2=%3: el laboratorio no lo toca.</translation>
    </message>
    <message>
        <source>Unknown lab step &apos;%1&apos;.</source>
        <translation>Paso de laboratorio &apos;%1&apos; desconocido.</translation>
    </message>
    <message>
        <source>the daemon has no &apos;%1&apos; runtime (docker info lists: %2)</source>
        <translation>el demonio no tiene el runtime &apos;%1&apos; (docker info muestra: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not installed</source>
        <translation>&apos;%1&apos; no está instalado</translation>
    </message>
    <message>
        <source>it needs root</source>
        <translation>necesita root</translation>
    </message>
    <message>
        <source>This lab cannot run here: %1. %2</source>
        <translation>Este laboratorio no se puede hacer aquí: %1. %2</translation>
    </message>
    <message>
        <source>Cannot create the lab root %1.</source>
        <translation>No se puede crear la raíz del laboratorio %1.</translation>
    </message>
    <message>
        <source>Writing the lab files</source>
        <translation>Escribiendo los ficheros del laboratorio</translation>
    </message>
    <message>
        <source>Creating the lab network</source>
        <translation>Creando la red del laboratorio</translation>
    </message>
    <message>
        <source>Creating the lab volumes</source>
        <translation>Creando los volúmenes del laboratorio</translation>
    </message>
    <message>
        <source>Building the lab images</source>
        <translation>Construyendo las imágenes del laboratorio</translation>
    </message>
    <message>
        <source>Starting the lab containers</source>
        <translation>Arrancando los contenedores del laboratorio</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a lab id.</source>
        <translation>&apos;%1&apos; no es el identificador de un laboratorio.</translation>
    </message>
    <message>
        <source>Some lab images are still in use: %1.</source>
        <translation>Algunas imágenes del laboratorio aún están en uso: %1.</translation>
    </message>
    <message>
        <source>Cannot remove the lab root %1.</source>
        <translation>No se puede eliminar la raíz del laboratorio %1.</translation>
    </message>
    <message>
        <source>The lab %1 is not started: run &apos;escut-cli lab start %1&apos; first.</source>
        <translation>El laboratorio %1 no está arrancado: ejecute primero &apos;escut-cli lab start %1&apos;.</translation>
    </message>
    <message>
        <source>This version of Escut has no check %1: update Escut to run this goal.</source>
        <translation>Esta versión de Escut no tiene la comprobación %1: actualice Escut para hacer este objetivo.</translation>
    </message>
    <message>
        <source>The container %1 has no label %2=%3: add --label %2=%3 when you recreate it, so the lab can check it and reset can remove it.</source>
        <translation>El contenedor %1 no tiene la etiqueta %2=%3: añada --label %2=%3 cuando lo vuelva a crear, para que el laboratorio pueda comprobarlo y reset pueda eliminarlo.</translation>
    </message>
    <message>
        <source>There is no container %1: recreate it with --name %1 --label %2=%3, or start the lab again.</source>
        <translation>No hay ningún contenedor %1: vuelva a crearlo con --name %1 --label %2=%3, o vuelva a arrancar el laboratorio.</translation>
    </message>
    <message>
        <source>There is no image %1: build it again with -t %1 --label %2=%3.</source>
        <translation>No hay ninguna imagen %1: vuelva a construirla con -t %1 --label %2=%3.</translation>
    </message>
    <message>
        <source>The audit gave no result for %1 on %2.</source>
        <translation>La auditoría no ha dado ningún hallazgo de %1 sobre %2.</translation>
    </message>
    <message>
        <source>Lab path &apos;%1&apos; is outside the lab root.</source>
        <translation>La ruta de laboratorio &apos;%1&apos; está fuera de la raíz del laboratorio.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>No se puede copiar %1 en %2.</translation>
    </message>
    <message>
        <source>the kernel offers no loop devices (/dev/loop-control is missing)</source>
        <translation>el kernel no ofrece dispositivos loop (no existe /dev/loop-control)</translation>
    </message>
    <message>
        <source>the kernel&apos;s ext4 cannot encrypt (/sys/fs/ext4/features/encryption is missing)</source>
        <translation>el ext4 del kernel no puede cifrar (no existe /sys/fs/ext4/features/encryption)</translation>
    </message>
    <message>
        <source>Making the lab filesystems</source>
        <translation>Creando los sistemas de ficheros del laboratorio</translation>
    </message>
</context>
<context>
    <name>LabMounts</name>
    <message>
        <source>Something is already mounted at %1.</source>
        <translation>Ya hay algo montado en %1.</translation>
    </message>
    <message>
        <source>Cannot create the folders of %1 and %2.</source>
        <translation>No se pueden crear las carpetas de %1 y %2.</translation>
    </message>
    <message>
        <source>Cannot create the disk image %1.</source>
        <translation>No se puede crear la imagen de disco %1.</translation>
    </message>
    <message>
        <source>mkfs.ext4 failed on %1.</source>
        <translation>mkfs.ext4 ha fallado con %1.</translation>
    </message>
    <message>
        <source>Cannot loop-mount %1 at %2: loop devices need root and a kernel with loop support.</source>
        <translation>No se puede montar %1 en loop en %2: los dispositivos loop necesitan root y un kernel que los admita.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <source>%1 is not on a filesystem mounted under %2: make one for it there first.</source>
        <translation>%1 no está en un sistema de ficheros montado bajo %2: cree uno allí primero.</translation>
    </message>
    <message>
        <source>fscrypt only encrypts an empty directory; %1 is not.</source>
        <translation>fscrypt solo cifra un directorio vacío; %1 no lo está.</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>No se puede crear la carpeta de %1.</translation>
    </message>
    <message>
        <source>Cannot create the key file %1.</source>
        <translation>No se puede crear el fichero de clave %1.</translation>
    </message>
    <message>
        <source>Cannot write the key file %1.</source>
        <translation>No se puede escribir el fichero de clave %1.</translation>
    </message>
    <message>
        <source>fscrypt setup failed.</source>
        <translation>fscrypt setup ha fallado.</translation>
    </message>
    <message>
        <source>fscrypt setup %1 failed.</source>
        <translation>fscrypt setup %1 ha fallado.</translation>
    </message>
    <message>
        <source>fscrypt encrypt %1 failed: the filesystem needs the encrypt feature (mkfs.ext4 -O encrypt) and the kernel CONFIG_FS_ENCRYPTION.</source>
        <translation>fscrypt encrypt %1 ha fallado: el sistema de ficheros necesita la opción encrypt (mkfs.ext4 -O encrypt) y el kernel, CONFIG_FS_ENCRYPTION.</translation>
    </message>
    <message>
        <source>Cannot unmount %1: close what uses it and reset again.</source>
        <translation>No se puede desmontar %1: cierre lo que lo esté usando y vuelva a restablecer el laboratorio.</translation>
    </message>
    <message>
        <source>Still mounted under the lab root: %1.</source>
        <translation>Todavía hay montajes bajo la raíz del laboratorio: %1.</translation>
    </message>
    <message>
        <source>Cannot detach the loop devices %1 (losetup -d).</source>
        <translation>No se pueden liberar los dispositivos loop %1 (losetup -d).</translation>
    </message>
</context>
<context>
    <name>LabProgress</name>
    <message>
        <source>Cannot read the lab progress %1.</source>
        <translation>No se puede leer el progreso de los laboratorios %1.</translation>
    </message>
    <message>
        <source>The lab progress %1 is damaged; it is left as it is.</source>
        <translation>El progreso de los laboratorios %1 está dañado; se deja tal como está.</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>No se puede crear la carpeta de %1.</translation>
    </message>
    <message>
        <source>Lab progress of %1</source>
        <translation>Progreso en los laboratorios de %1</translation>
    </message>
    <message>
        <source>%1 of %2 labs completed. Exported %3.</source>
        <translation>%1 de %2 laboratorios completados. Exportado el %3.</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Hints shown</source>
        <translation>Pistas vistas</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Última comprobación</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Updates, AppArmor/SELinux, firewall, docker group, auditd</source>
        <translation>Actualizaciones, AppArmor/SELinux, cortafuegos, grupo docker, auditd</translation>
    </message>
    <message>
        <source>Docker daemon</source>
        <translation>Demonio de Docker</translation>
    </message>
    <message>
        <source>daemon.json, socket and key permissions, TLS</source>
        <translation>daemon.json, permisos del socket y de las claves, TLS</translation>
    </message>
    <message>
        <source>Image signing and supply chain</source>
        <translation>Firma de imagen y cadena de suministro</translation>
    </message>
    <message>
        <source>Image signing — DCT / Notary, pinned tags, trusted sources, scans</source>
        <translation>Firma de imagen — DCT / Notary, etiquetas fijadas, fuentes de confianza, análisis</translation>
    </message>
    <message>
        <source>Minimal images</source>
        <translation>Imágenes mínimas</translation>
    </message>
    <message>
        <source>Distroless images: no shell, no compiler, non-root user</source>
        <translation>Imágenes distroless: sin shell, sin compilador, usuario no root</translation>
    </message>
    <message>
        <source>Runtime isolation</source>
        <translation>Runtimes aislados</translation>
    </message>
    <message>
        <source>gVisor / Kata, seccomp, AppArmor, namespaces</source>
        <translation>gVisor / Kata, seccomp, AppArmor, espacios de nombres</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Contenedores</translation>
    </message>
    <message>
        <source>User, capabilities, limits, mounts, restart policy</source>
        <translation>Usuario, capabilities, límites, montajes, política de reinicio</translation>
    </message>
    <message>
        <source>Secrets and pre-validation</source>
        <translation>Secretos y validación previa</translation>
    </message>
    <message>
        <source>Docker secrets and token-gated entrypoints</source>
        <translation>Docker Secrets y entrypoints con validación de token</translation>
    </message>
    <message>
        <source>Data encryption</source>
        <translation>Cifrado de datos</translation>
    </message>
    <message>
        <source>Volume encryption — LUKS / fscrypt</source>
        <translation>Cifrado de volúmenes — LUKS / fscrypt</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitorización</translation>
    </message>
    <message>
        <source>Falco, auditd, Prometheus</source>
        <translation>Falco, auditd, Prometheus</translation>
    </message>
    <message>
        <source>Compose files</source>
        <translation>Ficheros Compose</translation>
    </message>
    <message>
        <source>Hardened services in docker-compose.yml</source>
        <translation>Servicios bastionados en docker-compose.yml</translation>
    </message>
</context>
<context>
    <name>Luks</name>
    <message>
        <source>cryptsetup cannot read %1: run the audit as root.</source>
        <translation>cryptsetup no puede leer %1: ejecute la auditoría como root.</translation>
    </message>
    <message>
        <source>cryptsetup luksDump %1 failed.</source>
        <translation>cryptsetup luksDump %1 ha fallado.</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>PDF reports need the graphical libraries; this process started without them.</source>
        <translation>Los informes PDF necesitan las bibliotecas gráficas; este proceso se ha iniciado sin ellas.</translation>
    </message>
    <message>
        <source>The PDF report could not be rendered.</source>
        <translation>No se ha podido generar el informe PDF.</translation>
    </message>
</context>
<context>
    <name>PlanPolicy</name>
    <message>
        <source>Refusing the plan for %1: %2. Nothing was changed.</source>
        <translation>Se rechaza el plan de %1: %2. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>it must write exactly one daemon.json</source>
        <translation>debe escribir exactamente un daemon.json</translation>
    </message>
    <message>
        <source>the daemon behind %1 runs as uid %2 (rootless): its files are that user&apos;s to fix, without administrator rights</source>
        <translation>el demonio que hay detrás de %1 se ejecuta como uid %2 (rootless): sus ficheros los debe corregir ese usuario, sin permisos de administrador</translation>
    </message>
    <message>
        <source>%1 is not the daemon.json of the daemon behind %2 (%3)</source>
        <translation>%1 no es el daemon.json del demonio que hay detrás de %2 (%3)</translation>
    </message>
    <message>
        <source>the new daemon.json is not a JSON object</source>
        <translation>el nuevo daemon.json no es un objeto JSON</translation>
    </message>
    <message>
        <source>daemon.json must stay owned by root and writable only by root</source>
        <translation>daemon.json debe seguir perteneciendo a root y solo root debe poder escribir en él</translation>
    </message>
    <message>
        <source>it may change modes and owners only</source>
        <translation>solo puede cambiar modos y propietarios</translation>
    </message>
    <message>
        <source>%1 is not one of Docker&apos;s files</source>
        <translation>%1 no es uno de los ficheros de Docker</translation>
    </message>
    <message>
        <source>the new mode of %1 is not stricter than the old one</source>
        <translation>el nuevo modo de %1 no es más restrictivo que el antiguo</translation>
    </message>
    <message>
        <source>it must append to exactly one shell start file</source>
        <translation>debe añadir contenido al final de exactamente un fichero de inicio del shell</translation>
    </message>
    <message>
        <source>%1 is not in the home directory of the user who asked (%2)</source>
        <translation>%1 no está en el directorio personal del usuario que lo ha pedido (%2)</translation>
    </message>
    <message>
        <source>%1 does not belong to the user who asked</source>
        <translation>%1 no pertenece al usuario que lo ha pedido</translation>
    </message>
    <message>
        <source>it must only append the DOCKER_CONTENT_TRUST block</source>
        <translation>solo debe añadir el bloque DOCKER_CONTENT_TRUST al final</translation>
    </message>
    <message>
        <source>it may only write files</source>
        <translation>solo puede escribir ficheros</translation>
    </message>
    <message>
        <source>%1 is not a file this fix writes</source>
        <translation>%1 no es un fichero que escriba esta corrección</translation>
    </message>
    <message>
        <source>%1 must stay owned like the project and not writable by others</source>
        <translation>%1 debe mantener el mismo propietario que el proyecto y los demás no deben poder escribir en él</translation>
    </message>
    <message>
        <source>%1 is in a directory owned by someone else</source>
        <translation>%1 está en un directorio que pertenece a otro usuario</translation>
    </message>
    <message>
        <source>this fix is not applied with administrator rights</source>
        <translation>esta corrección no se aplica con permisos de administrador</translation>
    </message>
    <message>
        <source>a plan applied as root changes files and runs no commands</source>
        <translation>un plan aplicado como root cambia ficheros y no ejecuta ningún comando</translation>
    </message>
    <message>
        <source>the root directory is not a file</source>
        <translation>el directorio raíz no es un fichero</translation>
    </message>
    <message>
        <source>it does not name the Compose file it was computed from</source>
        <translation>no indica el fichero Compose a partir del cual se calculó</translation>
    </message>
    <message>
        <source>the original Compose file is never overwritten</source>
        <translation>el fichero Compose original no se sobrescribe nunca</translation>
    </message>
    <message>
        <source>the Compose file %1 is not a regular file</source>
        <translation>el fichero Compose %1 no es un fichero normal</translation>
    </message>
    <message>
        <source>it does not name its project directory</source>
        <translation>no indica el directorio del proyecto</translation>
    </message>
    <message>
        <source>it may only rewrite the Dockerfile it was computed from</source>
        <translation>solo puede reescribir el Dockerfile a partir del cual se calculó</translation>
    </message>
    <message>
        <source>the Dockerfile keeps its owner and mode</source>
        <translation>el Dockerfile conserva su propietario y su modo</translation>
    </message>
    <message>
        <source>%1 may only be made owned by root</source>
        <translation>%1 solo puede pasar a ser propiedad de root</translation>
    </message>
    <message>
        <source>%1 may only be made owned by the group root or docker</source>
        <translation>%1 solo puede pasar a ser del grupo root o docker</translation>
    </message>
</context>
<context>
    <name>Remediation</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2): run the fix as root.</source>
        <translation>No se puede leer %1 (%2): ejecute la corrección como root.</translation>
    </message>
    <message>
        <source>dockerd is not installed here: the new daemon.json was checked as JSON only.</source>
        <translation>dockerd no está instalado aquí: el nuevo daemon.json solo se ha comprobado como JSON.</translation>
    </message>
    <message>
        <source>This dockerd has no --validate option (Docker 23 and later have it): the new daemon.json was checked as JSON and against the known keys.</source>
        <translation>Este dockerd no tiene la opción --validate (la tienen Docker 23 y posteriores): el nuevo daemon.json se ha comprobado como JSON y con las claves conocidas.</translation>
    </message>
    <message>
        <source>Could not write a temporary copy to validate it.</source>
        <translation>No se ha podido escribir una copia temporal para validarlo.</translation>
    </message>
    <message>
        <source>dockerd --validate rejected the new daemon.json: %1</source>
        <translation>dockerd --validate ha rechazado el nuevo daemon.json: %1</translation>
    </message>
    <message>
        <source>dockerd --validate accepts the new daemon.json.</source>
        <translation>dockerd --validate acepta el nuevo daemon.json.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2). Escut will not rewrite it: fix it by hand first; it was left untouched.</source>
        <translation>%1 no es un JSON válido (%2). Escut no lo reescribirá: corríjalo a mano primero; no se ha tocado.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object. Escut will not rewrite it; it was left untouched.</source>
        <translation>%1 no es un objeto JSON. Escut no lo reescribirá; no se ha tocado.</translation>
    </message>
    <message>
        <source>userns-remap changes the owner of everything dockerd stores: existing images, containers and volumes are not visible until you pull or create them again, and bind mounts need new permissions.</source>
        <translation>userns-remap cambia el propietario de todo lo que guarda dockerd: las imágenes, los contenedores y los volúmenes existentes no se ven hasta que se vuelven a descargar o crear, y los montajes bind necesitan permisos nuevos.</translation>
    </message>
    <message>
        <source>%1 is set on dockerd&apos;s command line; change it there (daemon.json cannot repeat it).</source>
        <translation>%1 está definido en la línea de órdenes de dockerd; cámbielo allí (daemon.json no puede repetirlo).</translation>
    </message>
    <message>
        <source>%1 cannot be rewritten (%2); it was left untouched.</source>
        <translation>%1 no se puede reescribir (%2); no se ha tocado.</translation>
    </message>
    <message>
        <source>dockerd refuses to start with keys it does not know: %1. Escut keeps them as they are; remove or correct them by hand.</source>
        <translation>dockerd no arranca con claves que no conoce: %1. Escut las mantiene tal cual; quítelas o corríjalas a mano.</translation>
    </message>
    <message>
        <source>%1 take effect when dockerd restarts (sudo systemctl restart docker); running containers stop unless live-restore is on.</source>
        <translation>%1 tienen efecto cuando dockerd se reinicia (sudo systemctl restart docker); los contenedores en ejecución se paran salvo que live-restore esté activado.</translation>
    </message>
    <message>
        <source>%1 take effect on a reload (sudo systemctl reload docker, or SIGHUP to dockerd), without stopping containers.</source>
        <translation>%1 tienen efecto al recargar (sudo systemctl reload docker, o SIGHUP a dockerd), sin parar los contenedores.</translation>
    </message>
    <message>
        <source>New shells get DOCKER_CONTENT_TRUST=1; run &apos;source %1&apos; in the open ones.</source>
        <translation>Los shells nuevos tendrán DOCKER_CONTENT_TRUST=1; ejecute &apos;source %1&apos; en los que ya están abiertos.</translation>
    </message>
    <message>
        <source>Merge the recommended settings into daemon.json</source>
        <translation>Incorpora los parámetros recomendados a daemon.json</translation>
    </message>
    <message>
        <source>Give Docker&apos;s socket, configuration and keys the CIS owners and modes</source>
        <translation>Da al socket, la configuración y las claves de Docker los propietarios y modos del CIS</translation>
    </message>
    <message>
        <source>Export DOCKER_CONTENT_TRUST=1 in the shell start file</source>
        <translation>Exporta DOCKER_CONTENT_TRUST=1 en el fichero de inicio del shell</translation>
    </message>
    <message>
        <source>Unknown fix &apos;%1&apos;; the fixes are: %2.</source>
        <translation>Corrección desconocida &apos;%1&apos;; las correcciones son: %2.</translation>
    </message>
    <message>
        <source>mode of %1: %2 → %3</source>
        <translation>modo de %1: %2 → %3</translation>
    </message>
    <message>
        <source>owner of %1: %2:%3 → %4:%5</source>
        <translation>propietario de %1: %2:%3 → %4:%5</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>No transaction %1 in the journal (%2).</source>
        <translation>No hay ninguna transacción %1 en el diario (%2).</translation>
    </message>
    <message>
        <source>The journal entry %1 is damaged: %2.</source>
        <translation>La entrada del diario %1 está dañada: %2.</translation>
    </message>
    <message>
        <source>The backup %1 is missing: %2 cannot be restored.</source>
        <translation>Falta la copia %1: no se puede restaurar %2.</translation>
    </message>
    <message>
        <source>Nothing to do: %1 is already applied.</source>
        <translation>No hay nada que hacer: %1 ya está aplicada.</translation>
    </message>
    <message>
        <source>%1 changed after the preview: nothing was applied. Preview the fix again.</source>
        <translation>%1 ha cambiado después de la previsualización: no se ha aplicado nada. Vuelva a previsualizar la corrección.</translation>
    </message>
    <message>
        <source>Cannot create the journal directory %1.</source>
        <translation>No se puede crear el directorio del diario %1.</translation>
    </message>
    <message>
        <source>Simulated write failure on %1.</source>
        <translation>Error de escritura simulado en %1.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON after the change.</source>
        <translation>%1 no es un JSON válido después del cambio.</translation>
    </message>
    <message>
        <source>The fix failed and every file was put back: %1</source>
        <translation>La corrección ha fallado y se han restaurado todos los ficheros: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a transaction id.</source>
        <translation>&apos;%1&apos; no es un identificador de transacción.</translation>
    </message>
    <message>
        <source>Transaction %1 was already rolled back.</source>
        <translation>La transacción %1 ya se había deshecho.</translation>
    </message>
    <message>
        <source>These files changed after transaction %1 was applied: %2. Nothing was rolled back; use --force to restore them anyway (the later changes are lost).</source>
        <translation>Estos ficheros han cambiado después de aplicar la transacción %1: %2. No se ha deshecho nada; use --force para restaurarlos igualmente (se perderán los cambios posteriores).</translation>
    </message>
    <message>
        <source>Generate a token-gated entrypoint with a Docker secret</source>
        <translation>Genera un entrypoint con validación de token y un secreto de Docker</translation>
    </message>
    <message numerus="yes">
        <source>%1: a secret of %n byte(s), written with mode 0600 and never shown</source>
        <translation>
            <numerusform>%1: un secreto de %n byte, escrito con modo 0600 y que nunca se muestra</numerusform>
            <numerusform>%1: un secreto de %n bytes, escrito con modo 0600 y que nunca se muestra</numerusform>
        </translation>
    </message>
    <message>
        <source>The project directory %1 does not exist.</source>
        <translation>El directorio del proyecto %1 no existe.</translation>
    </message>
    <message>
        <source>%1 already exists: it gets a new token (the old file is kept in the journal until you roll back).</source>
        <translation>%1 ya existe: recibe un token nuevo (el fichero antiguo se guarda en el diario hasta que deshaga el cambio).</translation>
    </message>
    <message>
        <source>The token is random (256 bits), written only to %1 with mode 0600 and to the keychain when one is available; it is never printed. Keep %1 out of version control and out of the image.</source>
        <translation>El token es aleatorio (256 bits) y solo se escribe en %1 con modo 0600 y en el llavero si lo hay; nunca se muestra. Mantenga %1 fuera del control de versiones y fuera de la imagen.</translation>
    </message>
    <message>
        <source>Rebuild the image with the Dockerfile lines, then check that the container refuses to start without the secret (container.token-gate).</source>
        <translation>Reconstruya la imagen con las líneas del Dockerfile y compruebe que el contenedor no arranca sin el secreto (container.token-gate).</translation>
    </message>
    <message>
        <source>Show the hardened docker run command and Compose service of a container</source>
        <translation>Muestra la orden docker run y el servicio de Compose bastionados de un contenedor</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>FROM %1 is not pinned by digest and its digest is not known here: docker pull %1, then use the digest from docker inspect --format &apos;{{index .RepoDigests 0}}&apos;.</source>
        <translation>FROM %1 no está fijado por digest y aquí no se conoce su digest: docker pull %1 y después use el digest de docker inspect --format &apos;{{index .RepoDigests 0}}&apos;.</translation>
    </message>
    <message>
        <source>Line %1 downloads with ADD from a URL: fetch it with curl and check its SHA-256 in a RUN step (or use ADD --checksum).</source>
        <translation>La línea %1 descarga con ADD desde una URL: descárguelo con curl y compruebe su SHA-256 en un paso RUN (o use ADD --checksum).</translation>
    </message>
    <message>
        <source>Line %1 keeps ADD: it unpacks the archive %2, which COPY would not.</source>
        <translation>La línea %1 mantiene ADD: desempaqueta el archivo %2, algo que COPY no haría.</translation>
    </message>
    <message>
        <source>USER 65534:65534 (nobody) was added to the final stage; use the image&apos;s own unprivileged user if it has one.</source>
        <translation>Se ha añadido USER 65534:65534 (nobody) a la última etapa; use el usuario sin privilegios de la imagen si lo tiene.</translation>
    </message>
    <message>
        <source>Use COPY instead of ADD, add a USER and pin base images in a Dockerfile</source>
        <translation>Usa COPY en lugar de ADD, añade un USER y fija las imágenes base en un Dockerfile</translation>
    </message>
    <message>
        <source>icc is left alone: this daemon runs with iptables off, and dockerd refuses to start with icc=false without iptables.</source>
        <translation>icc no se toca: este demonio funciona con iptables desactivado, y dockerd no arranca con icc=false sin iptables.</translation>
    </message>
    <message>
        <source>Refusing to overwrite the original %1: choose another output file or use an override file.</source>
        <translation>No se sobrescribe el original %1: elija otro fichero de salida o use un fichero de sustitución.</translation>
    </message>
    <message>
        <source>Cannot write a temporary file next to %1 to validate the result.</source>
        <translation>No se puede escribir un fichero temporal junto a %1 para validar el resultado.</translation>
    </message>
    <message>
        <source>The Compose CLI rejects the hardened file, nothing was written: %1</source>
        <translation>La CLI de Compose rechaza el fichero bastionado; no se escribió nada: %1</translation>
    </message>
    <message>
        <source>The Compose CLI validates the result.</source>
        <translation>La CLI de Compose valida el resultado.</translation>
    </message>
    <message>
        <source>%1 stays untouched; start the project with: docker-compose -f %1 -f %2 up</source>
        <translation>%1 queda intacto; inicie el proyecto con: docker-compose -f %1 -f %2 up</translation>
    </message>
    <message>
        <source>The hardened file is %1; comments of the original are not carried over.</source>
        <translation>El fichero bastionado es %1; los comentarios del original no se conservan.</translation>
    </message>
    <message>
        <source>Regenerate a Compose file hardened, or write an override file next to it</source>
        <translation>Regenera un fichero Compose bastionado, o escribe un fichero de sustitución junto a él</translation>
    </message>
    <message>
        <source>Needs root: %1</source>
        <translation>Requiere root: %1</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Orden: %1</translation>
    </message>
    <message>
        <source>The same as a Compose service:
%1</source>
        <translation>Lo mismo como servicio de Compose:
%1</translation>
    </message>
    <message>
        <source>This plan has no container to recreate.</source>
        <translation>Este plan no tiene ningún contenedor que recrear.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link: refused, nothing was followed.</source>
        <translation>%1 es un enlace simbólico: se ha rechazado y no se ha seguido nada.</translation>
    </message>
    <message>
        <source>The command line of the daemon behind %1</source>
        <translation>La línea de comandos del demonio que hay detrás de %1</translation>
    </message>
    <message>
        <source>%1 is not a regular file: refused.</source>
        <translation>%1 no es un fichero normal: se ha rechazado.</translation>
    </message>
    <message>
        <source>Transaction %1 recreated a container and touched no file: roll it back with escut-cli fix rollback %1, as a member of the docker group (no root needed).</source>
        <translation>La transacción %1 recreó un contenedor y no tocó ningún fichero: deshágala con escut-cli fix rollback %1, como miembro del grupo docker (no hace falta ser root).</translation>
    </message>
    <message>
        <source>the plan file&apos;s field %1 is missing or of the wrong type</source>
        <translation>el campo %1 del fichero del plan falta o es de un tipo incorrecto</translation>
    </message>
    <message>
        <source>the plan file&apos;s field %1 is out of range</source>
        <translation>el campo %1 del fichero del plan está fuera del intervalo permitido</translation>
    </message>
    <message>
        <source>the plan file&apos;s field %1 is not base64</source>
        <translation>el campo %1 del fichero del plan no está en base64</translation>
    </message>
    <message>
        <source>Not a valid plan file: %1.</source>
        <translation>No es un fichero de plan válido: %1.</translation>
    </message>
    <message>
        <source>larger than 64 MiB</source>
        <translation>ocupa más de 64 MiB</translation>
    </message>
    <message>
        <source>its digest does not match its content</source>
        <translation>su resumen no coincide con su contenido</translation>
    </message>
    <message>
        <source>%1 The journal could not record it (%2): to go back by hand: docker rm -f %3 &amp;&amp; docker rename %4 %3 &amp;&amp; docker start %3</source>
        <translation>%1 El diario no ha podido registrarlo (%2): para volver atrás a mano: docker rm -f %3 &amp;&amp; docker rename %4 %3 &amp;&amp; docker start %3</translation>
    </message>
    <message>
        <source>Transaction %1 recreated no container.</source>
        <translation>La transacción %1 no recreó ningún contenedor.</translation>
    </message>
    <message>
        <source>dockerd --validate could not run: %1</source>
        <translation>dockerd --validate no se ha podido ejecutar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Applying recreates the container: docker stop (%n second(s) of grace), rename it aside, run the hardened twin under its name; the old one comes back if the new one does not stay up, and rolling back brings it back later.</source>
        <translation>
            <numerusform>Al aplicarlo se recrea el contenedor: docker stop (%n segundo de gracia), se renombra aparte y se ejecuta el gemelo bastionado con su nombre; el antiguo vuelve si el nuevo no se mantiene en marcha, y deshacerlo lo recupera más adelante.</numerusform>
            <numerusform>Al aplicarlo se recrea el contenedor: docker stop (%n segundos de gracia), se renombra aparte y se ejecuta el gemelo bastionado con su nombre; el antiguo vuelve si el nuevo no se mantiene en marcha, y deshacerlo lo recupera más adelante.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contains a NUL byte or nests deeper than 64 levels: it is not a daemon.json Escut will rewrite; it was left untouched.</source>
        <translation>%1 contiene un byte NUL o tiene más de 64 niveles de anidamiento: no es un daemon.json que Escut vaya a reescribir; no se ha tocado.</translation>
    </message>
    <message>
        <source>%1 is not a text file (a NUL byte at offset %2): nothing was changed.</source>
        <translation>%1 no es un fichero de texto (un byte NUL en la posición %2): no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, too large for a Dockerfile: nothing was changed.</source>
        <translation>%1 ocupa más de %2 MiB, demasiado para un Dockerfile: no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 has no FROM instruction, so it is not a Dockerfile: nothing was changed.</source>
        <translation>%1 no tiene ninguna instrucción FROM, así que no es un Dockerfile: no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>not scored</source>
        <translation>sin puntuación</translation>
    </message>
    <message>
        <source>%1/100</source>
        <translation>%1/100</translation>
    </message>
    <message>
        <source>pass %1, warn %2, fail %3, info %4, skipped %5, error %6</source>
        <translation>correctas %1, avisos %2, fallos %3, info %4, omitidas %5, errores %6</translation>
    </message>
    <message>
        <source>Escut %1 — audit of %2</source>
        <translation>Escut %1 — auditoría de %2</translation>
    </message>
    <message numerus="yes">
        <source>Docker %1 (API %2) on %3, %n container(s)</source>
        <translation>
            <numerusform>Docker %1 (API %2) en %3, %n contenedor</numerusform>
            <numerusform>Docker %1 (API %2) en %3, %n contenedores</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall score: %1 (%2)</source>
        <translation>Puntuación global: %1 (%2)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>■ %1 — %2</source>
        <translation>■ %1 — %2</translation>
    </message>
    <message>
        <source>All checks pass.</source>
        <translation>Todas las comprobaciones son correctas.</translation>
    </message>
    <message>
        <source>CIS %1</source>
        <translation>CIS %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Corrección: %1</translation>
    </message>
    <message>
        <source>Docker %1 (API %2) on %3; containers not audited (--only)</source>
        <translation>Docker %1 (API %2) en %3; contenedores no auditados (--only)</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Choose a file name for the report.</source>
        <translation>Elija un nombre de fichero para el informe.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: choose another folder.</source>
        <translation>%1 es un fichero, no una carpeta: elija otra carpeta.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: choose another one.</source>
        <translation>La carpeta %1 no existe: elija otra.</translation>
    </message>
    <message>
        <source>The folder %1 is not writable: choose another one.</source>
        <translation>No se puede escribir en la carpeta %1: elija otra.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name.</source>
        <translation>%1 es una carpeta: elija un nombre de fichero.</translation>
    </message>
    <message>
        <source>Reports can be written in Catalan (ca), Spanish (es) or English (en), not &apos;%1&apos;.</source>
        <translation>Los informes pueden estar en catalán (ca), español (es) o inglés (en), no en «%1».</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>Plain text</source>
        <translation>Texto plano</translation>
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
        <translation>Texto de Prometheus</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>%1 ran as root; the hardened command runs it as nobody (65534). Check that the image works as that user, or give it a USER of its own.</source>
        <translation>%1 se ejecutaba como root; la orden bastionada lo ejecuta como nobody (65534). Compruebe que la imagen funciona con ese usuario, o dele un USER propio.</translation>
    </message>
    <message>
        <source>%1 had %2; the hardened command leaves it out.</source>
        <translation>%1 tenía %2; la orden bastionada no lo incluye.</translation>
    </message>
    <message>
        <source>%1 was privileged; the hardened command is not.</source>
        <translation>%1 era privilegiado; la orden bastionada no lo es.</translation>
    </message>
    <message>
        <source>%1 had --security-opt %2; the hardened command uses the default profile.</source>
        <translation>%1 tenía --security-opt %2; la orden bastionada usa el perfil predeterminado.</translation>
    </message>
    <message>
        <source>%1 shared the host&apos;s %2 namespace; the hardened command does not.</source>
        <translation>%1 compartía el espacio de nombres %2 del host; la orden bastionada no.</translation>
    </message>
    <message>
        <source>%1 used the host network; the hardened command uses its own network: publish the ports it needs with -p 127.0.0.1:PORT:PORT.</source>
        <translation>%1 usaba la red del host; la orden bastionada usa su propia red: publique los puertos que necesite con -p 127.0.0.1:PUERTO:PUERTO.</translation>
    </message>
    <message>
        <source>%1: port %2 is published on 127.0.0.1 only; put a reverse proxy in front if it must be public.</source>
        <translation>%1: el puerto %2 se publica solo en 127.0.0.1; ponga un proxy inverso delante si debe ser público.</translation>
    </message>
    <message>
        <source>%1 mounted %2; the hardened command leaves it out (it gives away the host).</source>
        <translation>%1 montaba %2; la orden bastionada no lo incluye (entrega el control del host).</translation>
    </message>
    <message>
        <source>%1 has secret-looking variables: %2. The command passes them by name from your environment; better, move them to Docker secrets.</source>
        <translation>%1 tiene variables que parecen secretos: %2. La orden las pasa por nombre desde su entorno; mejor páselas a Docker Secrets.</translation>
    </message>
    <message>
        <source>The docker CLI is not installed: the container cannot be recreated.</source>
        <translation>La CLI de docker no está instalada: no se puede volver a crear el contenedor.</translation>
    </message>
    <message>
        <source>The hardened command has no --name.</source>
        <translation>La orden bastionada no tiene --name.</translation>
    </message>
    <message>
        <source>Could not stop %1: %2. Nothing was changed.</source>
        <translation>No se ha podido parar %1: %2. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Could not rename %1: %2. It was started again.</source>
        <translation>No se ha podido cambiar el nombre de %1: %2. Se ha vuelto a arrancar.</translation>
    </message>
    <message>
        <source>The hardened container did not stay up (%1): the old container is back as %2.</source>
        <translation>El contenedor bastionado no se ha mantenido en marcha (%1): el contenedor antiguo vuelve a ser %2.</translation>
    </message>
    <message>
        <source>state %1; last log lines: %2</source>
        <translation>estado %1; últimas líneas del registro: %2</translation>
    </message>
    <message>
        <source>%1 now runs hardened. The old container is kept, stopped, as %2.</source>
        <translation>%1 ahora se ejecuta bastionado. El contenedor antiguo se conserva, parado, como %2.</translation>
    </message>
    <message>
        <source>The old container %1 is no longer there as %2: nothing was changed.</source>
        <translation>El contenedor antiguo %1 ya no está como %2: no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 is not the container the fix created any more: nothing was changed.</source>
        <translation>%1 ya no es el contenedor que creó la corrección: no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Could not remove the hardened %1: %2.</source>
        <translation>No se ha podido eliminar el contenedor bastionado %1: %2.</translation>
    </message>
    <message>
        <source>Could not give %1 its name back: %2.</source>
        <translation>No se ha podido devolver el nombre a %1: %2.</translation>
    </message>
    <message>
        <source>%1 is back but did not start: %2.</source>
        <translation>%1 ha vuelto, pero no ha arrancado: %2.</translation>
    </message>
</context>
<context>
    <name>SafeFs</name>
    <message>
        <source>a symbolic link</source>
        <translation>un enlace simbólico</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>un directorio</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un dispositivo de bloques</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un dispositivo de caracteres</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>una tubería con nombre</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un fichero normal</translation>
    </message>
    <message>
        <source>Refusing %1: %2.</source>
        <translation>Se rechaza %1: %2.</translation>
    </message>
    <message>
        <source>the path is not absolute</source>
        <translation>la ruta no es absoluta</translation>
    </message>
    <message>
        <source>the path contains a NUL character</source>
        <translation>la ruta contiene un carácter NUL</translation>
    </message>
    <message>
        <source>the path contains &apos;.&apos; or &apos;..&apos;</source>
        <translation>la ruta contiene &apos;.&apos; o &apos;..&apos;</translation>
    </message>
    <message>
        <source>Cannot open / (%1).</source>
        <translation>No se puede abrir / (%1).</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2).</source>
        <translation>No se puede leer %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot create the directory %1 (%2).</source>
        <translation>No se puede crear el directorio %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot give %1 its owner (%2).</source>
        <translation>No se puede asignar el propietario a %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot open the directory %1 (%2).</source>
        <translation>No se puede abrir el directorio %1 (%2).</translation>
    </message>
    <message>
        <source>not a directory</source>
        <translation>no es un directorio</translation>
    </message>
    <message>
        <source>the root directory is not a file</source>
        <translation>el directorio raíz no es un fichero</translation>
    </message>
    <message>
        <source>not a file name</source>
        <translation>no es un nombre de fichero</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes.</source>
        <translation>%1 ocupa más de %2 bytes.</translation>
    </message>
    <message>
        <source>Cannot open %1 (%2).</source>
        <translation>No se puede abrir %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot write %1: cannot create a temporary file beside it (%2).</source>
        <translation>No se puede escribir %1: no se puede crear un fichero temporal junto a él (%2).</translation>
    </message>
    <message>
        <source>Cannot change the owner of %1 (%2).</source>
        <translation>No se puede cambiar el propietario de %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot change the mode of %1 (%2).</source>
        <translation>No se puede cambiar el modo de %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot remove %1 (%2).</source>
        <translation>No se puede eliminar %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot open the lock for %1 (%2).</source>
        <translation>No se puede abrir el bloqueo de %1 (%2).</translation>
    </message>
    <message>
        <source>Another fix is being applied to %1 right now: nothing was changed. Try again when it has finished.</source>
        <translation>Ahora mismo se está aplicando otra corrección a %1: no se ha cambiado nada. Vuelva a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link that is not root&apos;s own</source>
        <translation>%1 es un enlace simbólico que no pertenece a root</translation>
    </message>
    <message>
        <source>cannot read the link %1</source>
        <translation>no se puede leer el enlace %1</translation>
    </message>
    <message>
        <source>%1, in the path of %2</source>
        <translation>%1, en la ruta de %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 failed (%3).</source>
        <translation>No se puede escribir %1: ha fallado %2 (%3).</translation>
    </message>
    <message>
        <source>the lock file is not a regular file owned by uid %1</source>
        <translation>el fichero de bloqueo no es un fichero normal propiedad del uid %1</translation>
    </message>
</context>
<context>
    <name>SarifReport</name>
    <message>
        <source>How to fix</source>
        <translation>Cómo corregirlo</translation>
    </message>
    <message>
        <source>CIS Docker Benchmark v1.6.0, control %1</source>
        <translation>CIS Docker Benchmark v1.6.0, control %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>%1 on %2 was not evaluated: %3</source>
        <translation>%1 en %2 no se ha evaluado: %3</translation>
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
        <translation>%1 no es un escenario de laboratorio: %2.</translation>
    </message>
    <message>
        <source>%1: goal %2 has an unknown subject &apos;%3&apos; (daemon, host, container:ROLE, image:ROLE, compose:PATH or dockerfile:PATH).</source>
        <translation>%1: el objetivo %2 tiene un elemento desconocido &apos;%3&apos; (daemon, host, container:ROL, image:ROL, compose:RUTA o dockerfile:RUTA).</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; must be lower case letters, digits and dashes</source>
        <translation>el identificador &apos;%1&apos; debe ser de letras minúsculas, cifras y guiones</translation>
    </message>
    <message>
        <source>seed must be &quot;000&quot; or &quot;002&quot;</source>
        <translation>seed debe ser &quot;000&quot; o &quot;002&quot;</translation>
    </message>
    <message>
        <source>%1 needs ca, es and en</source>
        <translation>%1 necesita ca, es y en</translation>
    </message>
    <message>
        <source>a scenario needs at least one hint</source>
        <translation>un escenario necesita al menos una pista</translation>
    </message>
    <message>
        <source>hint %1 needs ca, es and en</source>
        <translation>la pista %1 necesita ca, es y en</translation>
    </message>
    <message>
        <source>requires.install needs ca, es and en</source>
        <translation>requires.install necesita ca, es y en</translation>
    </message>
    <message>
        <source>a scenario needs at least one goal</source>
        <translation>un escenario necesita al menos un objetivo</translation>
    </message>
    <message>
        <source>file &apos;%1&apos; must be a relative path inside the lab root</source>
        <translation>el fichero &apos;%1&apos; debe ser una ruta relativa dentro de la raíz del laboratorio</translation>
    </message>
    <message>
        <source>goal %1 is a %2 check but its subject is &apos;%3&apos;</source>
        <translation>el objetivo %1 es una comprobación de %2 pero su elemento es &apos;%3&apos;</translation>
    </message>
    <message>
        <source>goal %1: no container with role &apos;%2&apos;</source>
        <translation>objetivo %1: no hay ningún contenedor con el rol &apos;%2&apos;</translation>
    </message>
    <message>
        <source>goal %1: no image with role &apos;%2&apos;</source>
        <translation>objetivo %1: no hay ninguna imagen con el rol &apos;%2&apos;</translation>
    </message>
    <message>
        <source>goal %1: the lab creates no file &apos;%2&apos;</source>
        <translation>objetivo %1: el laboratorio no crea ningún fichero &apos;%2&apos;</translation>
    </message>
    <message>
        <source>image &apos;%1&apos; needs a dockerfile, a context or a commit</source>
        <translation>la imagen &apos;%1&apos; necesita un dockerfile, un context o un commit</translation>
    </message>
    <message>
        <source>container &apos;%1&apos; needs a create object</source>
        <translation>el contenedor &apos;%1&apos; necesita un objeto create</translation>
    </message>
    <message>
        <source>a scenario needs a reference solution</source>
        <translation>un escenario necesita una solución de referencia</translation>
    </message>
    <message>
        <source>unknown solution step &apos;%1&apos;</source>
        <translation>paso de solución &apos;%1&apos; desconocido</translation>
    </message>
    <message>
        <source>Cannot read the lab scenario %1.</source>
        <translation>No se puede leer el escenario de laboratorio %1.</translation>
    </message>
    <message>
        <source>No lab scenarios are built into this Escut.</source>
        <translation>Este Escut no lleva ningún escenario de laboratorio.</translation>
    </message>
    <message>
        <source>No lab &apos;%1&apos;. Labs: %2.</source>
        <translation>No hay ningún laboratorio &apos;%1&apos;. Laboratorios: %2.</translation>
    </message>
    <message>
        <source>unknown kernel requirement &apos;%1&apos; (%2)</source>
        <translation>requisito de kernel desconocido &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>filesystem %1 &apos;%2&apos; must be a relative path inside the lab root</source>
        <translation>el %1 &apos;%2&apos; del sistema de ficheros debe ser una ruta relativa dentro de la raíz del laboratorio</translation>
    </message>
    <message>
        <source>filesystem &apos;%1&apos;: sizeMiB must be between 8 and 1024</source>
        <translation>sistema de ficheros &apos;%1&apos;: sizeMiB debe estar entre 8 y 1024</translation>
    </message>
    <message>
        <source>filesystem &apos;%1&apos; needs requires.root and requires.kernel &quot;loop&quot;</source>
        <translation>el sistema de ficheros &apos;%1&apos; necesita requires.root y requires.kernel &quot;loop&quot;</translation>
    </message>
    <message>
        <source>fscryptDir needs requires.kernel &quot;ext4-encryption&quot; and requires.tools &quot;fscrypt&quot;</source>
        <translation>fscryptDir necesita requires.kernel &quot;ext4-encryption&quot; y requires.tools &quot;fscrypt&quot;</translation>
    </message>
    <message>
        <source>%1 %2 &apos;%3&apos; must be a relative path inside the lab root</source>
        <translation>%1: %2 &apos;%3&apos; debe ser una ruta relativa dentro de la raíz del laboratorio</translation>
    </message>
    <message>
        <source>%1: goal %2 (subject &apos;%3&apos;) names a check that is not in Escut&apos;s catalogue.</source>
        <translation>%1: el objetivo %2 (elemento «%3») hace referencia a una comprobación que no está en el catálogo de Escut.</translation>
    </message>
</context>
<context>
    <name>SetuidScan</name>
    <message>
        <source>The image&apos;s file archive ends at byte %1 before its end-of-archive blocks: it was cut off.</source>
        <translation>El archivo tar de la imagen termina en el byte %1 antes de los bloques de fin de archivo: se ha cortado.</translation>
    </message>
    <message>
        <source>The image&apos;s file archive is damaged at byte %1: an empty block is followed by more entries.</source>
        <translation>El archivo tar de la imagen está dañado en el byte %1: un bloque vacío va seguido de más entradas.</translation>
    </message>
    <message>
        <source>The image&apos;s file archive is damaged at byte %1: a header&apos;s checksum does not match.</source>
        <translation>El archivo tar de la imagen está dañado en el byte %1: la suma de comprobación de una cabecera no coincide.</translation>
    </message>
    <message>
        <source>The image&apos;s file archive is damaged at byte %1: a header holds a malformed number.</source>
        <translation>El archivo tar de la imagen está dañado en el byte %1: una cabecera contiene un número mal formado.</translation>
    </message>
    <message>
        <source>The image&apos;s file archive is damaged at byte %1: an extended header of %2 bytes is larger than the %3 bytes Escut reads.</source>
        <translation>El archivo tar de la imagen está dañado en el byte %1: una cabecera extendida de %2 bytes supera los %3 bytes que lee Escut.</translation>
    </message>
    <message>
        <source>The image&apos;s file archive is damaged at byte %1: an extended (PAX) header is malformed.</source>
        <translation>El archivo tar de la imagen está dañado en el byte %1: una cabecera extendida (PAX) está mal formada.</translation>
    </message>
    <message>
        <source>The image&apos;s file archive is damaged at byte %1: a file name is longer than %2 bytes.</source>
        <translation>El archivo tar de la imagen está dañado en el byte %1: un nombre de fichero tiene más de %2 bytes.</translation>
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
        <translation>baja</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
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
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>el nivel superior no es un objeto JSON</translation>
    </message>
    <message>
        <source>This snapshot has schema version %1; this Escut reads versions 1 to %2. Collect a new snapshot or update Escut.</source>
        <translation>Esta instantánea tiene la versión de esquema %1; este Escut lee las versiones de la 1 a la %2. Recoja una instantánea nueva o actualice Escut.</translation>
    </message>
    <message>
        <source>Cannot read the snapshot %1: %2.</source>
        <translation>No se puede leer la instantánea %1: %2.</translation>
    </message>
    <message>
        <source>The snapshot %1 is not valid JSON: %2.</source>
        <translation>La instantánea %1 no es un JSON válido: %2.</translation>
    </message>
    <message>
        <source>This snapshot has a field of the wrong type: %1</source>
        <translation>Esta instantánea tiene un campo del tipo incorrecto: %1</translation>
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
        <translation>un número</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3.</source>
        <translation>%1: se esperaba %2 y se ha encontrado %3.</translation>
    </message>
    <message>
        <source>%1: missing, expected %2.</source>
        <translation>%1: no está, se esperaba %2.</translation>
    </message>
</context>
<context>
    <name>SprawlLimits</name>
    <message>
        <source>%1 is not a number from 0 to %2 (&quot;%3&quot;): the default, %4, applies.</source>
        <translation>%1 no es un número de 0 a %2 (&quot;%3&quot;): se aplica el valor predeterminado, %4.</translation>
    </message>
</context>
<context>
    <name>SshBridgePool</name>
    <message>
        <source>Cannot create the local end of the ssh connection to %1: %2</source>
        <translation>No se puede crear el extremo local de la conexión ssh con %1: %2</translation>
    </message>
    <message>
        <source>ssh does not trust the host key of %1. Connect once with &apos;%2&apos; to check the key and accept it into ~/.ssh/known_hosts; Escut never accepts a host key by itself.</source>
        <translation>ssh no confía en la clave de host de %1. Conéctese una vez con &apos;%2&apos; para comprobar la clave y aceptarla en ~/.ssh/known_hosts; Escut nunca acepta una clave de host por su cuenta.</translation>
    </message>
    <message>
        <source>ssh refused the login to %1 (%2). Put your public key into ~/.ssh/authorized_keys of that user on the host, or load it into ssh-agent: Escut never asks for a password.</source>
        <translation>ssh ha rechazado el inicio de sesión en %1 (%2). Ponga su clave pública en ~/.ssh/authorized_keys de ese usuario en el host, o cárguela en ssh-agent: Escut nunca pide una contraseña.</translation>
    </message>
    <message>
        <source>ssh could not connect to %1: connection refused. Check the host and port, and that sshd runs there.</source>
        <translation>ssh no ha podido conectar con %1: conexión rechazada. Compruebe el host y el puerto, y que sshd se ejecute allí.</translation>
    </message>
    <message>
        <source>ssh cannot resolve the host name of %1. Check the name, or use an address.</source>
        <translation>ssh no puede resolver el nombre del host de %1. Compruebe el nombre, o use una dirección.</translation>
    </message>
    <message>
        <source>ssh could not reach %1: the connection timed out. Check that the host is up and that no firewall drops the traffic.</source>
        <translation>ssh no ha podido llegar a %1: la conexión ha agotado el tiempo. Compruebe que el host esté en marcha y que ningún cortafuegos descarte el tráfico.</translation>
    </message>
    <message>
        <source>The host of %1 has no docker CLI that can run &apos;docker system dial-stdio&apos; for %2: install docker.io (or docker-ce-cli, 18.09 or later) there.</source>
        <translation>El host de %1 no tiene ninguna CLI de docker que pueda ejecutar &apos;docker system dial-stdio&apos; para %2: instale allí docker.io (o docker-ce-cli, 18.09 o posterior).</translation>
    </message>
    <message>
        <source>The user %1 may not use the Docker socket on the host of %2. Add it to the &apos;docker&apos; group there (membership of that group is equivalent to root on that host).</source>
        <translation>El usuario %1 no puede usar el socket de Docker en el host de %2. Añádalo al grupo &apos;docker&apos; de ese host (pertenecer a ese grupo equivale a ser root en ese host).</translation>
    </message>
    <message>
        <source>ssh reached the host of %1, but no Docker daemon answers there. Is dockerd running on it?</source>
        <translation>ssh ha llegado al host de %1, pero allí no responde ningún demonio de Docker. ¿Se ejecuta dockerd en él?</translation>
    </message>
    <message>
        <source>The ssh connection to %1 closed before the Docker daemon answered (exit status %2).</source>
        <translation>La conexión ssh con %1 se ha cerrado antes de que el demonio de Docker respondiera (estado de salida %2).</translation>
    </message>
    <message>
        <source>The ssh connection to %1 failed: %2</source>
        <translation>La conexión ssh con %1 ha fallado: %2</translation>
    </message>
    <message>
        <source>ssh:// needs the docker CLI on this machine: it opens the ssh connection to %1. Install docker.io or docker-ce-cli.</source>
        <translation>ssh:// necesita la CLI de docker en esta máquina: es la que abre la conexión ssh con %1. Instale docker.io o docker-ce-cli.</translation>
    </message>
    <message>
        <source>Cannot start the docker CLI (%1) for %2: %3</source>
        <translation>No se puede iniciar la CLI de docker (%1) para %2: %3</translation>
    </message>
    <message>
        <source>The ssh connection to %1 did not reach the Docker daemon within %2 s. Check that the host is reachable, that ssh logs in there without a prompt (a key, ssh-agent) and that its host key is in ~/.ssh/known_hosts.</source>
        <translation>La conexión ssh con %1 no ha llegado al demonio de Docker en %2 s. Compruebe que el host sea accesible, que ssh inicie sesión allí sin preguntar nada (una clave, ssh-agent) y que su clave de host esté en ~/.ssh/known_hosts.</translation>
    </message>
    <message>
        <source>The ssh connection to %1 was cancelled.</source>
        <translation>Se ha cancelado la conexión ssh con %1.</translation>
    </message>
    <message>
        <source>The ssh connection to %1 answered, but not like a Docker daemon.</source>
        <translation>La conexión ssh con %1 ha respondido, pero no como un demonio de Docker.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>pass</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fallo</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
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
        <translation>%1 ha mostrado algo que no es el JSON que debería mostrar.</translation>
    </message>
    <message>
        <source>findmnt listed no filesystem.</source>
        <translation>findmnt no ha listado ningún sistema de ficheros.</translation>
    </message>
    <message>
        <source>lsblk printed no &quot;blockdevices&quot; list.</source>
        <translation>lsblk no ha mostrado ninguna lista &quot;blockdevices&quot;.</translation>
    </message>
    <message>
        <source>cryptsetup status gave no status (exit code %1).</source>
        <translation>cryptsetup status no ha dado ningún estado (código de salida %1).</translation>
    </message>
    <message>
        <source>cryptsetup luksDump printed no LUKS header.</source>
        <translation>cryptsetup luksDump no ha mostrado ninguna cabecera LUKS.</translation>
    </message>
    <message>
        <source>cryptsetup luksDump printed no LUKS version.</source>
        <translation>cryptsetup luksDump no ha mostrado ninguna versión de LUKS.</translation>
    </message>
    <message>
        <source>fscrypt status failed: %1</source>
        <translation>fscrypt status ha fallado: %1</translation>
    </message>
    <message>
        <source>fscrypt status gave no answer (exit code %1).</source>
        <translation>fscrypt status no ha dado ninguna respuesta (código de salida %1).</translation>
    </message>
    <message>
        <source>fscrypt status cannot tell without its global configuration: %1</source>
        <translation>fscrypt status no puede saberlo sin su configuración global: %1</translation>
    </message>
</context>
<context>
    <name>ToolRunner</name>
    <message>
        <source>Escut does not run %1: it is not on the list of tools it may use.</source>
        <translation>Escut no ejecuta %1: no está en la lista de herramientas que puede usar.</translation>
    </message>
    <message>
        <source>%1 is not installed (not found on PATH).</source>
        <translation>%1 no está instalado (no se encuentra en el PATH).</translation>
    </message>
    <message>
        <source>%1 is not installed (not found on PATH); install it with: apt-get install %2</source>
        <translation>%1 no está instalado (no se encuentra en el PATH); instálelo con: apt-get install %2</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>No se ha podido iniciar %1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>%1 no ha terminado en %n segundo y se ha detenido.</numerusform>
            <numerusform>%1 no ha terminado en %n segundos y se ha detenido.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly (%2).</source>
        <translation>%1 se ha detenido inesperadamente (%2).</translation>
    </message>
    <message>
        <source>%1 --version printed no version number.</source>
        <translation>%1 --version no ha impreso ningún número de versión.</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2.</source>
        <translation>%1 ha fallado con el código de salida %2.</translation>
    </message>
    <message>
        <source>%1 printed more than Escut reads; its output was cut.</source>
        <translation>%1 ha impreso más de lo que Escut lee; su salida se ha cortado.</translation>
    </message>
    <message>
        <source>%1 printed something that is not JSON: %2 at offset %3.</source>
        <translation>%1 ha impreso algo que no es JSON: %2 en la posición %3.</translation>
    </message>
</context>
<context>
    <name>Trivy</name>
    <message>
        <source>trivy printed JSON that is not a scan report of schema version 2 (trivy 0.20 or newer); update trivy.</source>
        <translation>trivy ha impreso un JSON que no es un informe de análisis del esquema 2 (trivy 0.20 o más reciente); actualice trivy.</translation>
    </message>
    <message>
        <source>trivy is not installed: install it from Aqua Security&apos;s Debian repository (https://aquasecurity.github.io/trivy-repo/deb, package trivy) or a release from https://github.com/aquasecurity/trivy/releases, then audit again.</source>
        <translation>trivy no está instalado: instálelo desde el repositorio Debian de Aqua Security (https://aquasecurity.github.io/trivy-repo/deb, paquete trivy) o desde una versión de https://github.com/aquasecurity/trivy/releases y vuelva a auditar.</translation>
    </message>
</context>
<context>
    <name>YamlLoad</name>
    <message>
        <source>The file is larger than %1 MiB: refused.</source>
        <translation>El fichero ocupa más de %1 MiB: se rechaza.</translation>
    </message>
    <message>
        <source>The file contains a NUL byte: it is not a text file.</source>
        <translation>El fichero contiene un byte NUL: no es un fichero de texto.</translation>
    </message>
    <message>
        <source>The document nests deeper than %1 levels (or an alias or merge key refers to itself): refused.</source>
        <translation>El documento tiene más de %1 niveles de anidamiento (o un alias o una clave de fusión se refiere a sí mismo): se rechaza.</translation>
    </message>
    <message>
        <source>The document expands to more than %1 nodes once its aliases are followed: refused.</source>
        <translation>El documento se expande a más de %1 nodos al seguir sus alias: se rechaza.</translation>
    </message>
    <message>
        <source>Not valid YAML (line %1, column %2): %3</source>
        <translation>No es un YAML válido (línea %1, columna %2): %3</translation>
    </message>
    <message>
        <source>The YAML could not be read: %1</source>
        <translation>No se ha podido leer el YAML: %1</translation>
    </message>
</context>
<context>
    <name>escut::ChartsView</name>
    <message>
        <source>Scores of the audits run since Escut started; the per-layer bars and the severity donut show the latest audit.</source>
        <translation>Puntuaciones de las auditorías hechas desde que se abrió Escut; las barras por capa y el anillo de gravedad muestran la última auditoría.</translation>
    </message>
    <message>
        <source>Overall score over time</source>
        <translation>Puntuación global a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Puntuación global</translation>
    </message>
    <message>
        <source>Time of the audit</source>
        <translation>Hora de la auditoría</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Score per layer</source>
        <translation>Puntuación por capa</translation>
    </message>
    <message>
        <source>Failed and warned checks by severity</source>
        <translation>Comprobaciones fallidas y con aviso por gravedad</translation>
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
        <translation>Por qué importa: %1</translation>
    </message>
    <message>
        <source>How to fix it: %1</source>
        <translation>Cómo corregirlo: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
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
        <translation>Corregir…</translation>
    </message>
    <message>
        <source>Preview the change for the selected check, apply it with a backup, and roll it back later if needed.</source>
        <translation>Previsualice el cambio para la comprobación seleccionada, aplíquelo con una copia de seguridad y deshágalo más tarde si hace falta.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed · %2 warnings · %3 passed · %n check(s)</source>
        <translation>
            <numerusform>%1 fallidas · %2 avisos · %3 correctas · %n comprobación</numerusform>
            <numerusform>%1 fallidas · %2 avisos · %3 correctas · %n comprobaciones</numerusform>
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
Imagen: %2
ID: %3</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Correctas</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>reiniciándose</translation>
    </message>
    <message>
        <source>removing</source>
        <translation>eliminándose</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>parado</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>muerto</translation>
    </message>
</context>
<context>
    <name>escut::ContainersView</name>
    <message>
        <source>Filter containers by name or image…</source>
        <translation>Filtrar los contenedores por nombre o imagen…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>With failed checks</source>
        <translation>Con comprobaciones fallidas</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>Con avisos</translation>
    </message>
    <message>
        <source>Nothing failed</source>
        <translation>Nada ha fallado</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Cualquier gravedad</translation>
    </message>
    <message>
        <source>Critical failures</source>
        <translation>Fallos críticos</translation>
    </message>
    <message>
        <source>High or critical failures</source>
        <translation>Fallos altos o críticos</translation>
    </message>
    <message>
        <source>Medium or worse failures</source>
        <translation>Fallos medios o peores</translation>
    </message>
    <message>
        <source>Low or worse failures</source>
        <translation>Fallos bajos o peores</translation>
    </message>
    <message>
        <source>Filter by severity of failed checks</source>
        <translation>Filtrar por gravedad de las comprobaciones fallidas</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Contenedores</translation>
    </message>
    <message>
        <source>Select a container to see its checklist.</source>
        <translation>Seleccione un contenedor para ver su lista de comprobación.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n container(s)</source>
        <translation>
            <numerusform>%1 de %n contenedor</numerusform>
            <numerusform>%1 de %n contenedores</numerusform>
        </translation>
    </message>
    <message>
        <source>Checklist: %1</source>
        <translation>Lista de comprobación: %1</translation>
    </message>
</context>
<context>
    <name>escut::EventWatcher</name>
    <message>
        <source>The Docker daemon closed the event stream.</source>
        <translation>El demonio de Docker ha cerrado el flujo de eventos.</translation>
    </message>
</context>
<context>
    <name>escut::ExportDialog</name>
    <message>
        <source>One self-contained web page with charts; no script, prints well.</source>
        <translation>Una sola página web autónoma con gráficos; sin scripts, se imprime bien.</translation>
    </message>
    <message>
        <source>The same report as an A4 document.</source>
        <translation>El mismo informe como documento A4.</translation>
    </message>
    <message>
        <source>Machine-readable: Escut report schema 1, every finding.</source>
        <translation>Para programas: esquema 1 del informe de Escut, con todos los hallazgos.</translation>
    </message>
    <message>
        <source>SARIF 2.1.0 for code scanning (GitHub, GitLab): failed and warned findings.</source>
        <translation>SARIF 2.1.0 para el análisis de código (GitHub, GitLab): los hallazgos fallidos y con aviso.</translation>
    </message>
    <message>
        <source>Test results for CI: one test suite per layer, one test case per check and subject.</source>
        <translation>Resultados de pruebas para la CI: un conjunto de pruebas por capa, un caso de prueba por comprobación y elemento.</translation>
    </message>
    <message>
        <source>Metrics in the Prometheus text format, for the node_exporter textfile collector.</source>
        <translation>Métricas en el formato de texto de Prometheus, para el recolector textfile de node_exporter.</translation>
    </message>
    <message>
        <source>Plain text, grouped by layer and subject.</source>
        <translation>Texto plano, agrupado por capa y elemento.</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>Choose a file name for the report.</source>
        <translation>Elija un nombre de fichero para el informe.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name.</source>
        <translation>%1 es una carpeta: elija un nombre de fichero.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Desea reemplazar el fichero?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the report?</source>
        <translation>%1 ya existe. ¿Desea reemplazarlo por el informe?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Idioma del informe:</translation>
    </message>
    <message>
        <source>The language of the report&apos;s texts; ids, keys and metric names never change.</source>
        <translation>El idioma de los textos del informe; los identificadores, las claves y los nombres de las métricas no cambian nunca.</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Fi&amp;chero:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
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

Corrección: %4</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
</context>
<context>
    <name>escut::FixInputsPage</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>Qué corregir</translation>
    </message>
    <message>
        <source>Some fixes work on a file, a directory or a container: choose them here.</source>
        <translation>Algunas correcciones trabajan sobre un fichero, un directorio o un contenedor: elíjalos aquí.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>This service sets cap_add itself; it is kept.</source>
        <translation>Este servicio ya define cap_add; se conserva.</translation>
    </message>
</context>
<context>
    <name>escut::FixWizard</name>
    <message>
        <source>Roll back</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Fix findings</source>
        <translation>Corregir los hallazgos</translation>
    </message>
    <message>
        <source>Choose the fixes</source>
        <translation>Elija las correcciones</translation>
    </message>
    <message>
        <source>Each fix is previewed as a diff before anything is written, and can be rolled back.</source>
        <translation>Cada corrección se previsualiza como diferencias antes de escribir nada, y se puede deshacer.</translation>
    </message>
    <message>
        <source>Preview the changes</source>
        <translation>Previsualice los cambios</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Originals are backed up in the journal before any change.</source>
        <translation>Aún no se ha escrito nada. Antes de cada cambio se guarda una copia de los originales en el diario.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la previsualización…</translation>
    </message>
    <message>
        <source>Cannot prepare this fix: %1</source>
        <translation>No se puede preparar esta corrección: %1</translation>
    </message>
    <message>
        <source>Nothing to change: the fix is already in place.</source>
        <translation>No hay nada que cambiar: la corrección ya está aplicada.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ha fallado: %2</translation>
    </message>
    <message>
        <source>%1 applied (transaction %2).</source>
        <translation>%1 aplicada (transacción %2).</translation>
    </message>
    <message>
        <source>Done. Every change is in the journal; Roll back undoes them all.</source>
        <translation>Hecho. Todos los cambios están en el diario; Deshacer los deshace todos.</translation>
    </message>
    <message>
        <source>Some fixes failed; their files were put back. The others are applied.</source>
        <translation>Algunas correcciones han fallado y sus ficheros se han restaurado. Las demás se han aplicado.</translation>
    </message>
    <message>
        <source>%1 applied as root (transaction %2).</source>
        <translation>%1 aplicada como root (transacción %2).</translation>
    </message>
    <message>
        <source>Rolled back: the files are as they were before.</source>
        <translation>Deshecho: los ficheros vuelven a estar como antes.</translation>
    </message>
    <message>
        <source>Transaction %1 rolled back.</source>
        <translation>Se ha deshecho la transacción %1.</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Todos los hallazgos</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4</source>
        <translation>%1 · %2 · %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 — addresses %n finding(s)</source>
        <translation>
            <numerusform>%1 — resuelve %n hallazgo</numerusform>
            <numerusform>%1 — resuelve %n hallazgos</numerusform>
        </translation>
    </message>
    <message>
        <source>Compose project %1</source>
        <translation>Proyecto Compose %1</translation>
    </message>
    <message>
        <source>Container %1</source>
        <translation>Contenedor %1</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Each fix is one transaction in the journal; a failed step puts its files back.</source>
        <translation>Cada corrección es una transacción en el diario; un paso que falla restaura sus ficheros.</translation>
    </message>
    <message>
        <source>Verification and summary</source>
        <translation>Verificación y resumen</translation>
    </message>
    <message>
        <source>The checks each fix targets, evaluated again on the files as they are now.</source>
        <translation>Las comprobaciones de cada corrección, evaluadas de nuevo sobre los ficheros tal como están ahora.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Shown only: tick &quot;Recreate the container&quot; on the previous page to apply it.</source>
        <translation>Solo se muestra: marque «Recrear el contenedor» en la página anterior para aplicarlo.</translation>
    </message>
    <message>
        <source>%1: shown only, nothing was changed.</source>
        <translation>%1: solo se muestra, no se cambió nada.</translation>
    </message>
    <message>
        <source>%1: applying…</source>
        <translation>%1: aplicando…</translation>
    </message>
    <message>
        <source>The token is in the keychain as &apos;%1&apos;.</source>
        <translation>El token está en el llavero como &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>pkexec is not installed: run &apos;sudo %1&apos; in a terminal.</source>
        <translation>pkexec no está instalado: ejecute &apos;sudo %1&apos; en un terminal.</translation>
    </message>
    <message>
        <source>Not authorised (pkexec exit %1): nothing was changed. %2</source>
        <translation>No autorizado (pkexec terminó con %1): no se cambió nada. %2</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Some transactions could not be rolled back; see the log.</source>
        <translation>Algunas transacciones no se pudieron deshacer; vea el registro.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>This fix needs root: you will be asked for an administrator password (pkexec). The prompt names this plan&apos;s digest: %1</source>
        <translation>Esta corrección requiere root: se le pedirá una contraseña de administrador (pkexec). El diálogo de la contraseña muestra el resumen de este plan: %1</translation>
    </message>
    <message>
        <source>%1 now runs hardened; the old container is kept, stopped, as %2 (Roll back brings it back).</source>
        <translation>%1 ahora se ejecuta bastionado; el contenedor antiguo se conserva, parado, como %2 (Deshacer lo recupera).</translation>
    </message>
    <message>
        <source>Cannot save the plan for the administrator step: %1</source>
        <translation>No se puede guardar el plan para el paso de administrador: %1</translation>
    </message>
</context>
<context>
    <name>escut::JournalDialog</name>
    <message>
        <source>Roll back</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Applied fixes</source>
        <translation>Correcciones aplicadas</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Fixes</source>
        <translation>Correcciones</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ficheros</translation>
    </message>
    <message>
        <source>No fix has been applied yet (%1).</source>
        <translation>Aún no se ha aplicado ninguna corrección (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) in %1.</source>
        <translation>
            <numerusform>%n transacción en %1.</numerusform>
            <numerusform>%n transacciones en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a transaction to roll back.</source>
        <translation>Seleccione una transacción para deshacerla.</translation>
    </message>
    <message>
        <source>Transaction %1 rolled back.</source>
        <translation>Se ha deshecho la transacción %1.</translation>
    </message>
</context>
<context>
    <name>escut::LabView</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Arrancar</translation>
    </message>
    <message>
        <source>&amp;Check my work</source>
        <translation>&amp;Comprobar mi trabajo</translation>
    </message>
    <message>
        <source>Show a &amp;hint</source>
        <translation>Mostrar una pis&amp;ta</translation>
    </message>
    <message>
        <source>Open the &amp;fix wizard…</source>
        <translation>Abrir el a&amp;sistente de correcciones…</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <source>E&amp;xport progress…</source>
        <translation>E&amp;xportar el progreso…</translation>
    </message>
    <message>
        <source>Create the lab&apos;s deliberately insecure resources (labelled escut.lab=ID).</source>
        <translation>Crea los recursos inseguros a propósito del laboratorio (con la etiqueta escut.lab=ID).</translation>
    </message>
    <message>
        <source>Remove everything this lab created; nothing without its label is touched.</source>
        <translation>Elimina todo lo que ha creado este laboratorio; no se toca nada que no lleve su etiqueta.</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Objetivos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Lab goals</source>
        <translation>Objetivos del laboratorio</translation>
    </message>
    <message>
        <source>Lab scenarios</source>
        <translation>Escenarios de laboratorio</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Seed %1: %2</source>
        <translation>Documento %1: %2</translation>
    </message>
    <message>
        <source>No lab selected</source>
        <translation>No hay ningún laboratorio seleccionado</translation>
    </message>
    <message>
        <source>Seed %1 · %2</source>
        <translation>Documento %1 · %2</translation>
    </message>
    <message>
        <source>Hint %1: %2</source>
        <translation>Pista %1: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>(fix: %1)</source>
        <translation>(corrección: %1)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>Well done: every goal passes. Reset the lab when you have finished.</source>
        <translation>Muy bien: se cumplen todos los objetivos. Restablezca el laboratorio cuando haya terminado.</translation>
    </message>
    <message>
        <source>%1 of %2 goals pass. Fix the rest and check again.</source>
        <translation>Se cumplen %1 de %2 objetivos. Corrija el resto y vuelva a comprobar.</translation>
    </message>
    <message>
        <source>Creating the resources of %1…</source>
        <translation>Creando los recursos de %1…</translation>
    </message>
    <message>
        <source>The lab is running: these goals fail for now. Fix them and press Check my work.</source>
        <translation>El laboratorio está en marcha: de momento estos objetivos fallan. Corríjalos y pulse Comprobar mi trabajo.</translation>
    </message>
    <message>
        <source>Auditing the lab…</source>
        <translation>Auditando el laboratorio…</translation>
    </message>
    <message>
        <source>Removing everything labelled escut.lab=%1…</source>
        <translation>Eliminando todo lo que lleva la etiqueta escut.lab=%1…</translation>
    </message>
    <message>
        <source>Lab %1 reset: nothing labelled escut.lab=%1 remains.</source>
        <translation>Laboratorio %1 restablecido: no queda nada con la etiqueta escut.lab=%1.</translation>
    </message>
    <message>
        <source>Export lab progress</source>
        <translation>Exportar el progreso en los laboratorios</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>Página HTML (*.html)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Progress exported to %1.</source>
        <translation>Progreso exportado a %1.</translation>
    </message>
</context>
<context>
    <name>escut::LayerDiagram</name>
    <message>
        <source>not scored</source>
        <translation>sin puntuación</translation>
    </message>
    <message>
        <source>score %1 of 100</source>
        <translation>puntuación %1 de 100</translation>
    </message>
    <message>
        <source>%1: %2. %3 failed, %4 warnings, %5 passed. %6</source>
        <translation>%1: %2. %3 fallidas, %4 avisos, %5 correctas. %6</translation>
    </message>
    <message>
        <source>No failed checks in this layer.</source>
        <translation>Ninguna comprobación fallida en esta capa.</translation>
    </message>
    <message>
        <source>Worst findings:</source>
        <translation>Peores hallazgos:</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list this layer&apos;s findings.</source>
        <translation>Haga clic para listar los hallazgos de esta capa.</translation>
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
        <translation>Capas de seguridad</translation>
    </message>
    <message>
        <source>Use the arrow keys to move between layers and Enter to list a layer&apos;s findings. Current: %1</source>
        <translation>Use las flechas para moverse entre capas e Intro para listar los hallazgos de una capa. Actual: %1</translation>
    </message>
</context>
<context>
    <name>escut::MainWindow</name>
    <message>
        <source>Escut — Docker security</source>
        <translation>Escut — seguridad de Docker</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Audit now</source>
        <translation>Auditar ahora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Filter findings (status, subject, check, evidence)…</source>
        <translation>Filtrar los hallazgos (estado, elemento, comprobación, evidencia)…</translation>
    </message>
    <message>
        <source>Auditing…</source>
        <translation>Auditando…</translation>
    </message>
    <message>
        <source>%1 %v/%m</source>
        <translation>%1 %v/%m</translation>
    </message>
    <message>
        <source>Audit cancelled.</source>
        <translation>Se ha cancelado la auditoría.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit failed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;La auditoría ha fallado.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Audit failed.</source>
        <translation>La auditoría ha fallado.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Score %1/100&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Puntuación %1/100&lt;/h2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) failed</source>
        <translation>
            <numerusform>%n comprobación fallida</numerusform>
            <numerusform>%n comprobaciones fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) passed</source>
        <translation>
            <numerusform>%n comprobación correcta</numerusform>
            <numerusform>%n comprobaciones correctas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitida</numerusform>
            <numerusform>%n omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo snapshot (no live daemon)</source>
        <translation>Instantánea de demostración (sin demonio en ejecución)</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <source>Preview and apply fixes for the selected findings; every change can be rolled back.</source>
        <translation>Previsualice y aplique correcciones para los hallazgos seleccionados; cada cambio se puede deshacer.</translation>
    </message>
    <message>
        <source>Applied fixes…</source>
        <translation>Correcciones aplicadas…</translation>
    </message>
    <message>
        <source>Fixes apply to this machine&apos;s files: audit the local Docker daemon first.</source>
        <translation>Las correcciones se aplican a los ficheros de esta máquina: primero audite el demonio de Docker local.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Daemon</source>
        <translation>Demonio</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Contenedores</translation>
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
        <translation>Correcciones</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Collect the facts again and re-run every check (F5).</source>
        <translation>Vuelve a recoger los datos y a ejecutar todas las comprobaciones (F5).</translation>
    </message>
    <message>
        <source>Stop the audit that is running.</source>
        <translation>Detiene la auditoría en curso.</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Punto de conexión:</translation>
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
        <translation>El demonio de Docker que se auditará: automático (DOCKER_HOST, el contexto actual, el socket predeterminado), un contexto de Docker u otra URL.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Conectar…</translation>
    </message>
    <message>
        <source>Audit a Docker daemon: give its URL or a Docker context name.</source>
        <translation>Audite un demonio de Docker: indique su URL o el nombre de un contexto de Docker.</translation>
    </message>
    <message>
        <source>Most urgent findings</source>
        <translation>Hallazgos más urgentes</translation>
    </message>
    <message>
        <source>Show all layers</source>
        <translation>Mostrar todas las capas</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>No host checks in this audit.</source>
        <translation>Esta auditoría no tiene comprobaciones del host.</translation>
    </message>
    <message>
        <source>No daemon checks in this audit.</source>
        <translation>Esta auditoría no tiene comprobaciones del demonio.</translation>
    </message>
    <message>
        <source>No image checks in this audit.</source>
        <translation>Esta auditoría no tiene comprobaciones de imágenes.</translation>
    </message>
    <message>
        <source>No Compose file was found or given, so no Compose checks ran.</source>
        <translation>No se ha encontrado ni indicado ningún fichero Compose, así que no se ha hecho ninguna comprobación de Compose.</translation>
    </message>
    <message>
        <source>Every fix is a transaction: preview the exact change, apply it with a backup, and roll it back later. These are the fixes applied on this machine.</source>
        <translation>Cada corrección es una transacción: previsualice el cambio exacto, aplíquelo con una copia de seguridad y deshágalo más tarde. Estas son las correcciones aplicadas en esta máquina.</translation>
    </message>
    <message>
        <source>Open the remediation wizard…</source>
        <translation>Abrir el asistente de corrección…</translation>
    </message>
    <message>
        <source>Docker e&amp;ndpoint:</source>
        <translation>Punto de conexión de &amp;Docker:</translation>
    </message>
    <message>
        <source>Automatic (DOCKER_HOST, current context, default socket)</source>
        <translation>Automático (DOCKER_HOST, contexto actual, socket predeterminado)</translation>
    </message>
    <message>
        <source>Connect and audit</source>
        <translation>Conectar y auditar</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No audit yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aún no hay ninguna auditoría&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>Contexto: %1</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Otro…</translation>
    </message>
    <message>
        <source>Connect to a Docker daemon</source>
        <translation>Conectar con un demonio de Docker</translation>
    </message>
    <message>
        <source>Each band of the diagram is one layer, outermost first, coloured by its score. Click a band to list its findings.</source>
        <translation>Cada franja del diagrama es una capa, de la más externa a la más interna, coloreada según su puntuación. Haga clic en una franja para listar sus hallazgos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; These findings come from a bundled snapshot of an insecure workstation, not from this machine.</source>
        <translation>&lt;b&gt;Modo de demostración.&lt;/b&gt; Estos hallazgos provienen de una instantánea incluida de una estación de trabajo insegura, no de esta máquina.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No Docker daemon reachable.&lt;/b&gt; %1&lt;br&gt;Showing the bundled demo snapshot instead; press Audit now to try again, or Connect… to choose another daemon.</source>
        <translation>&lt;b&gt;No se ha podido conectar con ningún demonio de Docker.&lt;/b&gt; %1&lt;br&gt;Se muestra la instantánea de demostración incluida; pulse Auditar ahora para volver a intentarlo, o Conectar… para elegir otro demonio.</translation>
    </message>
    <message>
        <source>Nothing failed. Well done.</source>
        <translation>No ha fallado nada. Bien hecho.</translation>
    </message>
    <message>
        <source>No audit yet.</source>
        <translation>Aún no hay ninguna auditoría.</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>Instantánea %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n container(s)</source>
        <translation>
            <numerusform>%1 · %n contenedor</numerusform>
            <numerusform>%1 · %n contenedores</numerusform>
        </translation>
    </message>
    <message>
        <source>Docker %1</source>
        <translation>Docker %1</translation>
    </message>
    <message>
        <source>Last audit: %1</source>
        <translation>Última auditoría: %1</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● En directo</translation>
    </message>
    <message>
        <source>Following the daemon&apos;s events: container changes update the view at once.</source>
        <translation>Siguiendo los eventos del demonio: los cambios en los contenedores actualizan la vista al instante.</translation>
    </message>
    <message>
        <source>○ Disconnected</source>
        <translation>○ Desconectado</translation>
    </message>
    <message>
        <source>○ Not live</source>
        <translation>○ Sin directo</translation>
    </message>
    <message>
        <source>○ Offline snapshot</source>
        <translation>○ Instantánea sin conexión</translation>
    </message>
    <message>
        <source>Lost the connection to the Docker daemon: %1 Reconnecting automatically; the findings may be out of date.</source>
        <translation>Se ha perdido la conexión con el demonio de Docker: %1 Se está volviendo a conectar automáticamente; los hallazgos pueden estar desactualizados.</translation>
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
        <translation>Historial guardado</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Esta sesión</translation>
    </message>
    <message>
        <source>Active probes: run commands in containers</source>
        <translation>Sondas activas: ejecutar órdenes en los contenedores</translation>
    </message>
    <message>
        <source>Warning: the next audits run sh -c true in every running container and start each image once more without secrets (removed afterwards).</source>
        <translation>Atención: las próximas auditorías ejecutan sh -c true en cada contenedor en ejecución y arrancan cada imagen una vez más sin secretos (se elimina después).</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportar el informe…</translation>
    </message>
    <message>
        <source>Save this audit as a report: HTML, PDF, JSON, SARIF, JUnit XML or Prometheus text (%1).</source>
        <translation>Guarda esta auditoría como informe: HTML, PDF, JSON, SARIF, XML de JUnit o texto de Prometheus (%1).</translation>
    </message>
    <message>
        <source>An audit is running: export once it has finished.</source>
        <translation>Hay una auditoría en curso: exporte cuando haya terminado.</translation>
    </message>
    <message>
        <source>A report is being exported: wait until it is written.</source>
        <translation>Se está exportando un informe: espere a que se haya escrito.</translation>
    </message>
    <message>
        <source>There is no audit to export yet.</source>
        <translation>Todavía no hay ninguna auditoría que exportar.</translation>
    </message>
    <message>
        <source>Exporting the report to %1…</source>
        <translation>Exportando el informe a %1…</translation>
    </message>
    <message>
        <source>Report saved: %1 (%2)</source>
        <translation>Informe guardado: %1 (%2)</translation>
    </message>
    <message>
        <source>The report could not be exported. %1</source>
        <translation>No se ha podido exportar el informe. %1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>The endpoint is a URL (%1, %2, %3) or a Docker context name. Leave it empty to pick it automatically. The window remembers the language and the endpoint.</source>
        <translation>El punto de conexión es una URL (%1, %2, %3) o el nombre de un contexto de Docker. Déjelo vacío para elegirlo automáticamente. La ventana recuerda el idioma y el punto de conexión.</translation>
    </message>
    <message>
        <source>Endpoint URL (%1, %2, %3) or Docker context name; empty for automatic:</source>
        <translation>URL del punto de conexión (%1, %2, %3) o nombre de un contexto de Docker; vacío para automático:</translation>
    </message>
    <message>
        <source>Fixes are offered only for an audit of this machine&apos;s own daemon; this one is a demo, a stored snapshot or a remote daemon.</source>
        <translation>Las correcciones solo se ofrecen para una auditoría del demonio de esta misma máquina; esta es una demostración, una instantánea guardada o un demonio remoto.</translation>
    </message>
</context>
<context>
    <name>escut::StoredHistoryView</name>
    <message>
        <source>Score over time, per layer</source>
        <translation>Puntuación a lo largo del tiempo, por capa</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message numerus="yes">
        <source>New (%n)</source>
        <translation>
            <numerusform>Nuevos (%n)</numerusform>
            <numerusform>Nuevos (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fixed (%n)</source>
        <translation>
            <numerusform>Corregidos (%n)</numerusform>
            <numerusform>Corregidos (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged (%n)</source>
        <translation>
            <numerusform>Sin cambios (%n)</numerusform>
            <numerusform>Sin cambios (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Check and subject</source>
        <translation>Comprobación y elemento</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>What changed since the audit before</source>
        <translation>Qué ha cambiado desde la auditoría anterior</translation>
    </message>
    <message>
        <source>The stored history is not available: %1</source>
        <translation>El historial guardado no está disponible: %1</translation>
    </message>
    <message>
        <source>No audits stored yet: every audit of a daemon is kept in %1.</source>
        <translation>Todavía no hay auditorías guardadas: cada auditoría de un demonio se guarda en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n stored audit(s), the latest of %1.</source>
        <translation>
            <numerusform>%n auditoría guardada, la última de %1.</numerusform>
            <numerusform>%n auditorías guardadas, la última de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>What changed since the audit before: nothing to compare yet.</source>
        <translation>Qué ha cambiado desde la auditoría anterior: todavía no hay nada que comparar.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more: escut-cli diff lists them all.</source>
        <translation>
            <numerusform>…y %n más: escut-cli diff los muestra todos.</numerusform>
            <numerusform>…y %n más: escut-cli diff los muestra todos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Escut: security dashboard for Docker hosts.</source>
        <translation>Escut: panel de seguridad para hosts de Docker.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Docker context to use.</source>
        <translation>Contexto de Docker que se usará.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Show a saved snapshot instead of a live daemon.</source>
        <translation>Muestra una instantánea guardada en lugar de un demonio en ejecución.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHERO</translation>
    </message>
    <message>
        <source>Show the bundled demo snapshot.</source>
        <translation>Muestra la instantánea de demostración incluida.</translation>
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
        <translation>Vista que se abrirá: %1.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the audit has finished, then exit.</source>
        <translation>Guarda un PNG de la ventana cuando termine la auditoría y sale.</translation>
    </message>
    <message>
        <source>Unknown view %1; use one of: %2.</source>
        <translation>Vista desconocida %1; use una de estas: %2.</translation>
    </message>
    <message>
        <source>Docker endpoint: unix:///path, tcp://host:port or ssh://user@host.</source>
        <translation>Punto de conexión de Docker: unix:///ruta, tcp://host:puerto o ssh://usuario@host.</translation>
    </message>
</context>
</TS>
