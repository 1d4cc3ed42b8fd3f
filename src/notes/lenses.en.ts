/**
 * Teacher notes for each lens (English): what it shows, what to ask, common
 * misconceptions, what to try. Loaded only when the notes are opened. Grounded in the
 * course notes and docs/model.md (what the engine really does, and its simplifications).
 * The Korean file has the same keys.
 */
export default {
  'notes.lens.overview.shows':
    'Each host’s architecture stack, drawn from the running simulation: hardware (sockets, cores, hyperthreads as pCPUs, RAM, disks, NICs), the host OS (type 2 only), the hypervisor with its CPU scheduler and ready queue, and on top the VMs (guest OS, vCPUs coloured by state, memory in use) beside the container engine and its containers. A line joins every running vCPU to the pCPU it runs on.',
  'notes.lens.overview.ask':
    'How many computers are on the screen: one, or one per VM? Count the vCPUs and the pCPUs: what has to happen when there are more vCPUs than pCPUs? Which layers does a container not have, and what does it use instead?',
  'notes.lens.overview.misconceptions':
    'A VM does not own a core: its vCPUs are scheduled onto pCPUs and move between them. Each hyperthread is drawn as a pCPU, but two threads of one core are not two cores. Containers have no guest OS; they share the host’s kernel. A type-2 hypervisor is not “slower at everything”: it pays an extra hop only on I/O and privileged paths.',
  'notes.lens.overview.try':
    'Select the hypervisor and switch it to type 2: the host-OS layer slides in. Stop batch-1 and watch the ready queue drain. Open the three “kinds” presets (server, VDI, application) from the scenario picker. Step one tick at a time with → to see a vCPU change pCPU.',

  'notes.lens.cpu.shows':
    'How the hypervisor shares hardware threads among vCPUs: a Gantt of every pCPU grouped by core and socket (hatched where both hyperthreads of a core are busy), the run queue of each pCPU, each VM’s %RUN / %RDY / %CSTP / %WAIT with ESXi’s warning levels (ready above 5 % per vCPU, co-stop above 3 %), a steal-time chart, and the scheduler’s controls: round robin, Xen Credit or fair share (switchable while running), timeslice, weights, caps, pinning, co-scheduling and the hyperthread factor. Click a slice or a vCPU for why it ran or waited.',
  'notes.lens.cpu.ask':
    'Which VM waits most, and is it the one that works most? What does the guest see while its vCPU is ready but not running? Why can a 4-vCPU VM get less done than a 2-vCPU VM on the same host? Two busy threads of one core: how much work do they do together?',
  'notes.lens.cpu.misconceptions':
    'More vCPUs is not always faster: under co-scheduling the leading vCPUs are co-stopped until their siblings catch up. Ready time is not idle time: the vCPU wanted to run and could not (that is the steal the guest sees). Weights only matter under contention; a cap limits a VM even on an idle host. Hyperthreads add about 25 %, not 100 %.',
  'notes.lens.cpu.try':
    'In noisy-neighbor, after 6 s switch round robin to fair share and watch the victims’ %RDY fall below 5 %; under Credit only the web VM’s does (BOOST), the database’s falls by about two fifths; a 100 % cap on the noisy VM cuts it to between a third and a half under round robin (its vCPUs still burst together at the start of each 100 ms period) and to almost nothing under Credit or fair share. Use “compare the three policies”. Pin two vCPUs to the same pCPU and watch them queue. In the Practice panel, work an RR or MLFQ problem on paper first, then check it.',

  'notes.lens.memory.shows':
    'The host’s frames as a grid coloured by owner VM and patterned by state (private, shared copy-on-write, compressed, free; the page scale is stated), ESXi’s host memory state (high, clear, soft, hard, low) on a gauge with the reclaim ladder (sharing, balloon, compression, swap, blocked allocations) and why each engaged, each VM’s memory by part over time, the memory settings, and a walk that steps one TLB miss through shadow paging (4 references) and nested paging (24) side by side.',
  'notes.lens.memory.ask':
    'Free memory is falling: which technique engages next, and why in that order (cheapest first)? Why does a guest give pages to a balloon it cannot see through? A TLB miss costs 4 references under shadow paging and 24 under nested paging: why would anyone choose nested paging?',
  'notes.lens.memory.misconceptions':
    'Overcommitted memory is not free memory: reclaiming costs CPU (compression), guest I/O (ballooning) or disk reads (hypervisor swap). A VM’s configured memory is not the memory it uses. The shadow walk is short, but every guest page-table write and CR3 load traps to the hypervisor. The guest still sees contiguous “physical” memory starting at zero, whatever the host does behind it.',
  'notes.lens.memory.try':
    'In memory-overcommit, play until the state reaches hard (about 26 s) and name each technique as it starts (clear about 13 s, soft 16 s). In balloon, switch the idle memory tax off and compare which VM gives more. In page-sharing, switch sharing between VMs off. In shadow-vs-nested, step the walk, count the references, then turn large pages on (3 and 15). The Practice panel has Belady’s anomaly with FIFO.',

  'notes.lens.storage.shows':
    'Each VM’s disk as a volume carved out of storage arrays grouped by rack, its replicas as blocks labelled by owner VM, live load gauges (each I/O weighed by its size: a fixed part plus size ÷ bandwidth) and queueing latency, the placement policy (most free space, round robin, weighted hashing) with “where will the next volume go?”, failures of an array or a rack with rebuilds (or losses, said plainly), rebalancing with what moved, and per-VM read/write permissions.',
  'notes.lens.storage.ask':
    'Where will the next volume go under each policy, and why? Which volumes survive if this array fails, and which must rebuild? Thin volumes promise more than the arrays hold: when does that become a problem, and for whom? Why does a rebuild slow down VMs that did nothing wrong?',
  'notes.lens.storage.misconceptions':
    '“Most free space” means the largest share of capacity still free, not the most GiB. Two replicas are not safe if both sit in one rack (one power feed). Thin provisioning does not create space; it delays the day an array fills. A replica protects against a failed array, not against deleting the data.',
  'notes.lens.storage.try':
    'Predict where the next volume goes, then create it. Fail an array, then a whole rack. Add an array and rebalance under each policy and compare the GiB moved (hashing moves about the fair share). Revoke a VM’s access and try a read as that VM.',

  'notes.lens.techniques.shows':
    'One guest instruction’s path through the stack, step by step: trap-and-emulate (and why it fails on classic x86: POPF outside ring 0 silently drops the interrupt flag instead of trapping), binary translation with its translation cache, paravirtual hypercalls and hardware-assisted VM exits, on a type-1 or type-2 host (the extra host-OS crossing), with the virtio shortcut for I/O. Live counters of traps, hypercalls, translations and host-OS crossings per VM, and the same workload costed under all six technique × type combinations.',
  'notes.lens.techniques.ask':
    'Why does pure trap-and-emulate not work on classic x86? What does a paravirtual guest kernel do differently, and what does it cost to get one? Why was first-generation hardware assistance often slower than binary translation? Where exactly does a type-2 hypervisor lose time?',
  'notes.lens.techniques.misconceptions':
    'The notes liken full virtualization to type 2 and paravirtualization to type 1 for intuition, but hypervisor type and technique are independent choices: this lens combines them freely. Full virtualization means an unmodified guest (by binary translation or VT-x), not “slow”. Hardware assistance is not automatically the cheapest. The cycle counts are illustrative; their ratios are what the lens teaches.',
  'notes.lens.techniques.try':
    'Step one privileged instruction under each technique and count the crossings. Switch a host to type 2 and watch the overhead column. Use the split view to compare binary translation and hardware assistance on the same run. Ask the class to predict which technique is cheapest for an I/O-heavy guest before revealing.',

  'notes.lens.network.shows':
    'Per host a vSwitch with port groups (VLANs) and an uplink to the physical switch; bursts of packets flow as dots lettered by protocol; click a dot (or Follow a flow) for its path hop by hop, with the reason when it is dropped; per-link throughput by protocol and drops over time; moving a vNIC to another VLAN.',
  'notes.lens.network.ask':
    'Which bursts never touch the physical NIC, and why? A VM in VLAN 20 sends to a VM in VLAN 10 on the same vSwitch: what happens? How can several networks and protocols share one wire without seeing each other?',
  'notes.lens.network.misconceptions':
    'Two VMs on one host do not talk through the network card: the vSwitch delivers in memory. A VLAN is not a separate cable: it is a tag on frames sharing the wire. No router is simulated here, so traffic between VLANs is dropped rather than routed. Hops are slowed down on purpose so a dot can be followed.',
  'notes.lens.network.try':
    'Follow one flow inside a host and one across the wire. In vlan-isolation, move b-web’s vNIC to VLAN 10 and watch its drops stop (and isolation end). In vswitch-basics, watch the live-migration copy (VLAN 99) share the wire between 8 s and 12 s.',

  'notes.lens.containers.shows':
    'The same app deployed as VMs and as containers on identical hosts (and as containers inside a VM): memory with the guest OSes as their own band, a start race (about 4 s to boot a VM, 0.3 s to start a container), how many more of each would fit; images as stacks of shared read-only layers, registry pulls that fetch only missing layers, copy-on-write into a container’s thin writable layer, moving a container, namespaces and cgroup limits (with the OOM killer). At scale (orchestration): a deployment’s replicas on three container hosts, kept by a Kubernetes-like orchestrator: scheduling by requests, a killed container restarted, a failed node’s replicas replaced, a rolling update that holds the available count, a horizontal autoscaler, each with its reason.',
  'notes.lens.containers.ask':
    'Where did the VMs’ extra memory go? Why does a second container from the same image start without downloading anything? What does a container isolate, and what does it share with its neighbours? When would you still choose a VM?',
  'notes.lens.containers.misconceptions':
    'A container is not a small VM with its own kernel: it is a process with namespaces and cgroups on the host kernel. Docker is not the container; it is the tool that builds images and runs containers. Layers are shared read-only; a write copies the file up into the container’s own layer. Containers start fast because there is no OS to boot, not because the app is faster.',
  'notes.lens.containers.try':
    'Race VMs and containers at 0.25× speed. In docker-layers, watch shop-api on host-b pull only the layers python lacks, edit a file to see copy-on-write, and watch the 256 MiB database hit its cgroup limit. Move a container to another host and note what stays behind. In orchestration, kill a replica, fail a node, move the load and roll out 2.0, and read each reason.',

  'notes.lens.cluster.shows':
    'Placement policies (first, best, worst fit, spread) with the candidates each decision weighed; a DRS-like balancer that says why it moves a VM; pre-copy live migration drawn on a page grid round by round (downtime, total time, and the auto-converge or stop-and-copy fallback when rounds do not converge); host failure with HA restarts checked against free memory. DRS looks every 5 s here (vSphere: every 5 minutes) so a lecture can see each move.',
  'notes.lens.cluster.ask':
    'Which VM will DRS move first, and to where? Why does a web VM migrate in a few rounds while an in-memory database never converges? After a host fails, why can a VM stay down even though the cluster has free memory in total?',
  'notes.lens.cluster.misconceptions':
    'Live migration does not copy memory once: pages written during the copy must be sent again, round after round. Downtime is short, not zero. HA is not load balancing: it restarts (reboots) the failed host’s VMs elsewhere; it does not move running VMs. Free memory “in the cluster” does not help a VM that fits on no single host.',
  'notes.lens.cluster.try':
    'In live-migration compare web-vm and db-vm, then switch the fallback between auto-converge and stop-and-copy. In host-failure, add up free memory per host before 6 s and predict which VM stays down. In drs-balance, raise the threshold and see DRS stop earlier.',
} as const;
