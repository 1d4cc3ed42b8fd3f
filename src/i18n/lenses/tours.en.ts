/**
 * Guided tour narration (English). Keys: `tour.<tour>.title|blurb` and
 * `tour.<tour>.<step>.title|body|task`. The Korean file has the same keys.
 */
export default {
  'tour.course.title': 'The whole course, in the notes’ order',
  'tour.course.blurb': 'From “what is virtualization” to containers and Docker, one section of the notes per step.',
  'tour.course.oneAsMany.title': 'One machine as many',
  'tour.course.oneAsMany.body':
    'This is one physical host. The hypervisor splits its 4 pCPUs and 16 GiB of RAM among three VMs and two containers: each VM believes it has a computer of its own. That is virtualization: a physical component turned into logical objects.',
  'tour.course.oneAsMany.task': 'Click a VM to see what it believes it owns.',
  'tour.course.manyAsOne.title': 'Many devices as one',
  'tour.course.manyAsOne.body':
    'The other direction: several storage arrays pooled into one SAN. A VM’s disk looks like a local drive (like a OneDrive folder), but its blocks live on shared arrays.',
  'tour.course.properties.title': 'Properties: partitioning and load balancing',
  'tour.course.properties.body':
    'Four hosts run 32 VMs. Each host partitions its CPUs among its VMs; across hosts the work is spread so that no single machine becomes the bottleneck. Watch how busy each host is.',
  'tour.course.balance.title': 'Load balancing across hosts',
  'tour.course.balance.body':
    'When one host is overloaded, VMs are moved to a quieter one while they keep running. Load balancing divides the work among two or more machines to avoid a bottleneck.',
  'tour.course.server.title': 'Server virtualization',
  'tour.course.server.body':
    'The first kind, and the origin of the idea: a hypervisor on a server creates several isolated VMs. Each VM has its own guest OS, vCPUs and memory, yet they share the same hardware underneath.',
  'tour.course.vdi.title': 'Desktop virtualization (VDI)',
  'tour.course.vdi.body':
    'Desktops run in the data centre: the student’s laptop is only a screen and keyboard, while all processing and storage happen on the server.',
  'tour.course.appVirt.title': 'Application virtualization',
  'tour.course.appVirt.body': 'An application is packaged apart from the OS it runs on: it is not installed, yet it runs as if it were.',
  'tour.course.hvTypes.title': 'Hypervisor type 1 and type 2',
  'tour.course.hvTypes.body':
    'Type 1 runs on the bare hardware; type 2 runs as an application on a host OS. Every I/O and privileged operation of a type-2 guest takes one more hop (through the host OS), which is why type 1 performs better and type 2 is easier to install.',
  'tour.course.hvTypes.task': 'Press Next step (or Play) until the disk read reaches the disk on both hosts: count the steps of each path, and see which layer the type 2 path has in addition.',
  'tour.course.cpu.title': 'CPU virtualization: vCPUs wait for pCPUs',
  'tour.course.cpu.body':
    'More vCPUs than pCPUs: the hypervisor’s scheduler gives each vCPU a timeslice on a pCPU. A vCPU that wants to run but finds every pCPU busy waits in the ready queue; the guest sees that wait as steal time.',
  'tour.course.cpu.task': 'Click a vCPU waiting in a ready queue: the inspector says which pCPUs are busy and how long it has waited (the steal time its guest sees).',
  'tour.course.hyperthreads.title': 'Hyperthreading',
  'tour.course.hyperthreads.body':
    'Each core shows two hardware threads, so the hypervisor sees two pCPUs per core. But two threads share one core’s execution units: two busy siblings together do about 1.25× the work of one core, not 2×.',
  'tour.course.costop.title': 'Co-stop: too many vCPUs',
  'tour.course.costop.body':
    'A VM with several vCPUs needs them to progress together. When one runs far ahead of its siblings the scheduler stops it (co-stop) until they catch up; a VM with more vCPUs than it needs waits more, not less.',
  'tour.course.costop.task': 'Keep it running: the tour pauses at the first co-stop.',
  'tour.course.memory.title': 'Memory virtualization',
  'tour.course.memory.body':
    'Each VM sees contiguous physical memory starting at zero. Behind that, the hypervisor maps guest pages to host frames (paging), and when memory is overcommitted it reclaims with compression and other techniques.',
  'tour.course.balloon.title': 'Ballooning',
  'tour.course.balloon.body':
    'The hypervisor inflates a balloon driver inside a guest: the guest gives up pages it chooses itself, and the host hands those frames to a VM that needs them.',
  'tour.course.storage.title': 'Storage virtualization',
  'tour.course.storage.body':
    'Each VM gets a virtual disk that looks directly attached; it is a region of a physical disk with read and write permissions for that VM. Thin disks promise more than is really there.',
  'tour.course.network.title': 'Network virtualization',
  'tour.course.network.body':
    'VMs have virtual NICs on a virtual switch. VLANs let several networks share one wire without seeing each other; traffic between two VMs on one host never touches the physical NIC.',
  'tour.course.san.title': 'SAN: placement and replicas',
  'tour.course.san.body':
    'Volumes go to the arrays with the most free space, and replicas keep a copy elsewhere. When an array fails, nothing is lost: the replicas take over and a rebuild starts.',
  'tour.course.gpu.title': 'A GPU shared three ways',
  'tour.course.gpu.body':
    'The notes list the GPU among the resources virtualization shares. One GPU per host here: passthrough hands it to one VM; a time-sliced vGPU lets VMs take turns on the whole GPU (watch the strip: who held it each millisecond); MIG cuts it into fixed slices. Compare each VM’s share and its wait for a turn.',
  'tour.course.raid.title': 'Inside an array: data across disks',
  'tour.course.raid.body':
    'The notes: storage virtualization keeps data across devices. Inside each array here, disks are columns and stripes are rows. RAID-0 stripes blocks, RAID-1 mirrors them, RAID-4 and 5 add parity (P). Watch a RAID-5 small write: it reads the old data and parity and writes both, four disk operations for one block. Then fail a disk and watch the rebuild.',
  'tour.course.instances.title': 'An instance on request',
  'tour.course.instances.body':
    'The notes: a client asks for an instance that meets its conditions, and virtualization provides it. Here clients pick a type, a template and a clone kind; the cluster queues the requests, places each by its policy, makes its disk and boots it. Compare a linked clone (ready in seconds, sharing the template’s disk) with a full clone (copying the template first).',
  'tour.course.fullPara.title': 'Full virtualization vs paravirtualization',
  'tour.course.fullPara.body':
    'Full virtualization: the unmodified guest does not know it is virtual; the hypervisor traps or translates its privileged instructions. Paravirtualization: the modified guest calls the hypervisor directly (hypercalls), so there are fewer steps and better performance.',
  'tour.course.ioPaths.title': 'Paravirtual I/O: a more direct routine',
  'tour.course.ioPaths.body':
    'The notes say paravirtualization “uses a more direct routine for I/O”. Three identical VMs do the same I/O: through an emulated device every register access traps; through virtio the guest queues a batch and notifies once; through passthrough the hypervisor is not on the path at all (but the VM can no longer be live-migrated).',
  'tour.course.ioPaths.task': 'Set the I/O path of vm-emulated (or vm-passthrough) to virtio and watch its exits per I/O change.',
  'tour.course.containers.title': 'Containers',
  'tour.course.containers.body':
    'A container packages only the application and its files; it shares the host’s kernel, so there is no guest OS to boot. It starts in a fraction of a second where a VM needs seconds.',
  'tour.course.isolation.title': 'The price of a shared kernel',
  'tour.course.isolation.body':
    'Sharing the host kernel is what makes containers light, and it is also their weak point: a kernel bug exploited inside one container hands over the kernel every container on that host shares. Press “Try a kernel exploit” under both columns: from a container, all four are reached; from a VM, only that VM, because each VM runs its own kernel behind the hypervisor.',
  'tour.course.docker.title': 'Docker images and layers',
  'tour.course.docker.body':
    'An image is a stack of read-only layers shared by every container made from it; each container adds only a thin writable layer. That is why containers are light and move between environments reliably.',
  'tour.course.scale.title': 'Containers at scale',
  'tour.course.scale.body':
    'The notes: in the cloud, container-based virtualization is replacing hypervisors. An orchestrator (Kubernetes-like) keeps a wanted number of replicas running on a cluster of container hosts: it places each where its requests fit, restarts or replaces what fails, rolls out a new version a replica at a time with the available count held, and scales with the load. Watch the minute play out, then kill a replica or fail a node yourself.',

  'tour.scheduling.title': 'Hands-on: CPU scheduling on one host',
  'tour.scheduling.blurb': 'Four tasks on the basic host: hypervisor type, booting, the ready queue, freeing pCPUs.',
  'tour.scheduling.hosted.title': 'Type 1 or type 2?',
  'tour.scheduling.hosted.body':
    'This host runs a type-1 hypervisor straight on the hardware. A type-2 hypervisor runs on top of a host OS, like any other program.',
  'tour.scheduling.hosted.task': 'Switch the hypervisor to type 2 in the inspector.',
  'tour.scheduling.meet.title': 'VMs boot, containers start',
  'tour.scheduling.meet.body':
    'At tick 0 everything is powered on. The containers are running after 0.3 s; the VMs need about 4 s to boot their guest OS first.',
  'tour.scheduling.meet.task': 'Let it run until every VM has booted (tick 4200).',
  'tour.scheduling.queue.title': 'The ready queue',
  'tour.scheduling.queue.body':
    'Seven runnable things share four pCPUs. Slowed to 0.25×, you can see vCPUs join the ready queue when all pCPUs are busy, and leave it when a timeslice ends or a vCPU blocks on I/O. The hypervisor is selected, so the inspector lists who waits and why.',
  'tour.scheduling.queue.task': 'Wait until two vCPUs are ready at the same time (the tour pauses there).',
  'tour.scheduling.stopBatch.title': 'Free the pCPUs',
  'tour.scheduling.stopBatch.body':
    'batch-1 is CPU-bound: it always wants a pCPU. Stopping it leaves more pCPU time for the others, so their time in the ready queue (steal time) goes down.',
  'tour.scheduling.stopBatch.task': 'Stop batch-1 with the Stop button in the inspector.',

  'tour.containers.title': 'Containers vs VMs: who starts first?',
  'tour.containers.blurb': 'Three steps on the basic host: start-up time, the shared kernel, and what a VM carries instead.',
  'tour.containers.race.title': 'The race',
  'tour.containers.race.body':
    'Everything is switched on at tick 0, shown at quarter speed. A container is only a process with its own view of the system, so it runs within 0.3 s. Each VM must first boot a whole guest OS, which takes about 4 s.',
  'tour.containers.race.task': 'Watch until tick 400: the tour pauses with the containers already started (no longer "booting") and the VMs still booting.',
  'tour.containers.kernel.title': 'A container shares the host kernel',
  'tour.containers.kernel.body':
    'Look at the container engine in the stack: its containers sit directly on the host, with no guest OS of their own. They package only the application and the files it needs.',
  'tour.containers.kernel.task': 'Select a container to read what it shares and what it owns.',
  'tour.containers.guest.title': 'What a VM carries',
  'tour.containers.guest.body':
    'A VM brings its own guest OS (hundreds of MiB and seconds to boot) and sees virtual hardware from the hypervisor. That costs more, but isolates more: each VM may even run a different OS, like batch-1 with Windows.',
} as const;
