/**
 * Teacher notes for each preset (English): what it shows, what to ask, common
 * misconceptions, what to try. Numbers are the presets' own (src/engine/scenario/presets).
 * The Korean file has the same keys.
 */
export default {
  'notes.preset.basic.shows': 'One host (1 socket × 2 cores × 2 threads = 4 pCPUs, 16 GiB) runs three VMs (web-1, db-1, batch-1: 5 vCPUs) and two containers (api, cache) under round robin with a 30 ms timeslice. Seven runnable things share four pCPUs.',
  'notes.preset.basic.ask': 'How many of the seven can run at the same moment? Which ones start first, and why do the VMs take about 4 s? Why is batch-1 (CPU-bound) almost never blocked?',
  'notes.preset.basic.misconceptions': 'Students often think each VM gets its own cores. Here five vCPUs and two containers share four hardware threads, and no one owns any of them.',
  'notes.preset.basic.try': 'Stop batch-1 and watch the queue drain; switch the hypervisor to type 2; select a container and compare its stack with a VM’s.',

  'notes.preset.datacenter-32.shows': 'Four hosts of 2 sockets × 8 cores × 2 threads (32 pCPUs, 256 GiB each) run 32 VMs with mixed workloads and eight containers, over four arrays in two racks. The largest preset: the benchmark’s world.',
  'notes.preset.datacenter-32.ask': 'Which host is busiest, and why is no host overloaded? What would happen to its VMs if one host failed?',
  'notes.preset.datacenter-32.misconceptions': 'A data centre is not many separate servers each with one job: every host runs many VMs, and the load is spread across hosts.',
  'notes.preset.datacenter-32.try': 'Compare the hosts in the Overview; open the Cluster lens to see demand per host; raise the speed and check the picture keeps up.',

  'notes.preset.cpu-overcommit.shows': 'Four 2-vCPU VMs (two CPU-bound batch jobs, a database, a web server) share 4 hardware threads under Xen Credit: 8 vCPUs on 4 pCPUs, so ready time (steal) appears from the first second.',
  'notes.preset.cpu-overcommit.ask': 'Which VMs wait most, and why does the web VM wait less than a batch job under Credit? Is 8 vCPUs on 4 threads “too many”? How would the guests notice?',
  'notes.preset.cpu-overcommit.misconceptions': 'Overcommit is normal, not an error: VMs rarely all want the CPU at once. It hurts when ready time passes ESXi’s warning lines (5 % per vCPU; 10 % hurts).',
  'notes.preset.cpu-overcommit.try': 'Switch to round robin and compare %RDY; give the web VM a higher weight; cap batch-a at 50 %.',

  'notes.preset.noisy-neighbor.shows': 'Two quiet tenants (shop, orders-db) share a 4-core host under round robin. At 6 s a CPU-hungry 4-vCPU “noisy” VM arrives, and the victims’ ready time climbs to roughly 25–40 %.',
  'notes.preset.noisy-neighbor.ask': 'The tenants did not change: why did they slow down? What can the operator change without touching their VMs?',
  'notes.preset.noisy-neighbor.misconceptions': 'Isolation in a VM is not performance isolation: a neighbour can steal CPU time unless the scheduler, weights or caps protect you.',
  'notes.preset.noisy-neighbor.try': 'After 6 s switch to fair share and watch the victims’ %RDY fall below the 5 % line. Under Credit the waking web VM gets BOOST and falls below it too, while orders-db, whose bursts run through a 10 ms tick and lose BOOST, only halves. A 100 % cap on the noisy VM helps under every policy: under round robin it cuts the victims’ %RDY to between a third and a half (its vCPUs still burst together at the start of each 100 ms period), under Credit and fair share to almost nothing.',

  'notes.preset.smp-costop.shows': 'A 4-vCPU VM (“wide”) shares a 4-core host with two busy 1-vCPU VMs, with ESXi-style relaxed co-scheduling on: its vCPUs rarely get cores together, skew grows, and the leading vCPUs are co-stopped.',
  'notes.preset.smp-costop.ask': 'Why would the hypervisor stop a vCPU that could run? What does %CSTP above 3 % tell the administrator?',
  'notes.preset.smp-costop.misconceptions': 'Giving a VM more vCPUs than its work needs does not make it faster; on a busy host it waits more.',
  'notes.preset.smp-costop.try': 'Reduce “wide” to 2 vCPUs and watch co-stop disappear; turn co-scheduling off and compare: co-stop goes, lock spinning (%SPIN inside %RUN) appears, and app-1 and app-2 get less done.',

  'notes.preset.hyperthreads.shows': 'A host of 2 cores × 2 threads under fair share. Two CPU-bound VMs start on separate cores at full speed; at 6 s two more start, every sibling pair is busy, and each thread delivers about 62 % of a core (1.25 cores per core together).',
  'notes.preset.hyperthreads.ask': 'The hypervisor sees 4 pCPUs: why does the work done per VM drop at 6 s though nobody waits in a queue?',
  'notes.preset.hyperthreads.misconceptions': 'A hyperthread is a second set of registers on the same core, not a second core: the two threads share its execution units.',
  'notes.preset.hyperthreads.try': 'Compare the work done before and after 6 s; change the hyperthread factor; stop one VM and watch its sibling speed up.',

  'notes.preset.san-placement.shows': 'One busy server with four arrays of different sizes (2–6 TB) in two racks, placed by “most free space”. At 3, 6 and 9 s the database asks for three more 1 TB volumes.',
  'notes.preset.san-placement.ask': 'Before each new volume appears: which array will take it? Why not always the biggest array?',
  'notes.preset.san-placement.misconceptions': 'The notes’ rule is “where relatively more space is left”: the largest share free, not the most gigabytes free.',
  'notes.preset.san-placement.try': 'Use “predict where the next volume goes”; switch to round robin and to hashing and compare where the same volumes land.',

  'notes.preset.array-failure.shows': 'Six VMs’ disks with two replicas each over four 200 GiB arrays in two racks. At 6 s array-b fails: its replicas are gone, the affected volumes run degraded on their surviving copy and rebuild elsewhere.',
  'notes.preset.array-failure.ask': 'Which volumes are affected, and why is none lost? Why do the other VMs’ disks get slower during the rebuild?',
  'notes.preset.array-failure.misconceptions': 'Degraded is not lost: one copy still serves every read and write, but a second failure now would lose data.',
  'notes.preset.array-failure.try': 'Fail a second array during the rebuild. Lower the rebuild bandwidth and watch the window of risk grow (at 256 MiB/s the last volume is whole again only at about 200 s, against 53 s at the default 1024); raising it helps little here (4096: 50 s), because the copies already fill the room the VMs’ own I/O leaves on the arrays (up to 80 % busy).',
  'notes.preset.raid-striping.shows': 'Four small arrays of four disks, one per RAID level (0, 1, 4, 5), each holding one web VM’s disk (small 4 KiB reads and writes, one block each). The Storage lens draws the chosen array’s disks as columns and its stripes as rows, with the logical block or parity (P) in each cell, and lights the cells the latest write or read touched: on RAID-5 one 4 KiB write reads the old data and old parity and writes both.',
  'notes.preset.raid-striping.ask': 'Why does one small write on RAID-5 cost four disk operations, but on RAID-1 two and on RAID-0 one? Where is the parity of each stripe, and why does RAID-5 move it from disk to disk? Which level survives a disk failure, and at what cost to reads?',
  'notes.preset.raid-striping.misconceptions': 'Parity is not a copy: it is the XOR of the stripe’s data blocks, so a missing block is computed from all the others (every disk is read). RAID-0 striping is fast but not protection: one disk lost takes a piece of every stripe.',
  'notes.preset.raid-striping.try': 'Fail disk 2 of raid5 and light the latest read: a block of the failed disk now needs three reads. Replace the disk and watch the rebuild fill the column. Fail a disk of raid0: the array and the VM’s disk are lost.',

  'notes.preset.thin-overcommit.shows': 'Two 400 GiB arrays hold thin volumes that promise 1.4 TiB. Thin volumes take only what is written, so it fits at first; the writers keep writing (growth runs 128 times faster than the writes here, so it shows within a minute) until an array is full and writes fail.',
  'notes.preset.thin-overcommit.ask': 'Was it wrong to promise more than there is? Who notices first when the array fills, and how?',
  'notes.preset.thin-overcommit.misconceptions': 'Thin provisioning saves space only until the data is really written; it needs monitoring, not faith.',
  'notes.preset.thin-overcommit.try': 'When writes fail, add an array and rebalance so they resume; compare with thick volumes, which reserve their whole size up front.',

  'notes.preset.rack-awareness.shows': 'Six VMs’ disks, two replicas each, placed round robin over six arrays in three racks with rack awareness off. At 12 s rack-1 loses power: the two volumes whose copies were both in rack-1 are lost. At 16 s its power is back; at 18 s rack awareness is turned on and a rebalance moves one copy of each volume to another rack (done by about 27 s: the copies take the room the arrays have left). At 30 s rack-2 loses power: nothing more is lost, and its volumes re-replicate onto the racks left (about 37 s).',
  'notes.preset.rack-awareness.ask': 'Two copies were kept: how can data still be lost? Which volumes will it be?',
  'notes.preset.rack-awareness.misconceptions': 'Replicas protect only against failures they do not share: one power feed or one top-of-rack switch takes both copies in a rack.',
  'notes.preset.rack-awareness.try': 'Go back to tick 0, turn rack awareness on and rebalance before 12 s: the moves finish by about 8 s, and even the first failure loses nothing.',

  'notes.preset.server-virtualization.shows': 'The first kind in the notes: one server with a type-1 hypervisor runs three isolated VMs (mail, web, and a Windows ERP database), each with its own guest OS.',
  'notes.preset.server-virtualization.ask': 'What did the company save by putting three servers in one? What do the three VMs still share?',
  'notes.preset.server-virtualization.misconceptions': 'Isolated does not mean independent hardware: a busy ERP can still slow the mail server through the shared CPU.',
  'notes.preset.server-virtualization.try': 'Select each VM and compare guest OS and memory; stop one and see its resources return to the host.',

  'notes.preset.vdi.shows': 'Desktop virtualization: three Windows desktops run on one data-centre host and store their disks on its array; three thin clients (a lab PC, a laptop at home, a tablet) receive only the screen and send back keys and clicks.',
  'notes.preset.vdi.ask': 'If the tablet is stolen, what data is lost? Where does the processing happen when a student opens a file?',
  'notes.preset.vdi.misconceptions': 'The thin client is not running Windows: it only displays a desktop that runs in the data centre (the notes: all processing and storage happen on the server).',
  'notes.preset.vdi.try': 'Open the Network lens and follow a display burst from a desktop to its client; compare the traffic with a web server’s.',

  'notes.preset.app-virtualization.shows': "Application virtualization: PhotoEdit 1.0 and 2.0, each packaged in its own sandbox on one Windows VM. Each sandbox is a layer of files and registry keys over the OS: reads fall through to the OS unless the app has its own copy, and every write is redirected into the layer. From 5 s to 27 s both versions write the same settings file and version key (each keeps its own value), 2.0 replaces the shared runtime DLL for itself only, and 1.0 still reads the OS's. The OS layer stays exactly as installed (5 of 5 entries).",
  'notes.preset.app-virtualization.ask': 'Both versions wrote settings.ini: why is there no conflict? What is left in the OS when a sandbox is removed? Why would IT prefer this to installing the app on every PC?',
  'notes.preset.app-virtualization.misconceptions': 'Application virtualization is not a VM: there is no second OS, only a layer between the app and the OS it runs on. And the sandbox does not copy the whole OS: it holds only what the app changed, and reads the rest from the OS below.',
  'notes.preset.app-virtualization.try': "Pick the font file in 1.0's sandbox and press Read (it falls through to the OS), then Write and Read again (now its own copy); 2.0 and the OS still show the original. Remove 2.0 and check the OS line: 5 of 5 unchanged.",

  'notes.preset.type1-vs-type2.shows': 'The same two VMs (web and I/O-bound) on two identical hosts: “bare” with a type-1 hypervisor and “hosted” with a type-2 one on a host OS. The hosted guests pay a host-OS crossing on every I/O and exit.',
  'notes.preset.type1-vs-type2.ask': 'Which VM loses most to the extra layer, the web VM or the I/O-bound one, and why? Why do people still use type 2?',
  'notes.preset.type1-vs-type2.misconceptions': 'Type 2 is not slower at plain computation: instructions that do not trap run directly on the CPU in both.',
  'notes.preset.type1-vs-type2.try': 'Compare the overhead columns of the two hosts; switch “bare” to type 2 and back; change the technique on both.',

  'notes.preset.bt-vs-para-vs-hw.shows': 'Three hosts run the same web and database VMs under binary translation, paravirtualization and hardware assistance, so the counters (traps, hypercalls, translations) and the overhead can be compared side by side.',
  'notes.preset.bt-vs-para-vs-hw.ask': 'Which technique has the lowest overhead here, and what did it cost to get it (a modified guest kernel)? Why is binary translation dearest in its first seconds, and cheaper once its translation cache is full and its guests have mapped their memory (under shadow page tables, each new mapping traps)?',
  'notes.preset.bt-vs-para-vs-hw.misconceptions': 'Hardware-assisted is not free: in this model each VM exit costs more cycles than an emulated instruction under binary translation, as on first-generation VT-x.',
  'notes.preset.bt-vs-para-vs-hw.try': 'Step one instruction on each host; watch the translation cache fill on “bt”; switch a host’s workload to io-bound and compare again.',
  'notes.preset.gpu-sharing.shows': 'Three hosts, each with one A100-class GPU (40 GiB) shared a different way: passthrough (train-p owns it), a time-sliced vGPU (two inference VMs asking for 30 % each beside a training VM asking for all of it, turns of up to 2 ms, 0.1 ms per switch) and MIG (the same three VMs on fixed 2g, 2g and 3g slices). At 20 s infer-m2 needs 14 GiB, more than its 10 GiB slice.',
  'notes.preset.gpu-sharing.ask': 'Which VMs wait for a turn, and how long? Why does train-s get less than train-m, and train-m less than it asks even when slices sit idle? What happens to infer-m2 at 20 s, and why can it not borrow a neighbour’s memory?',
  'notes.preset.gpu-sharing.misconceptions': 'A vGPU is not a smaller GPU: time-slicing gives each VM the whole GPU for a moment, so a noisy neighbour makes everyone wait longer, even though each still gets its share. MIG isolates, but capacity a VM does not use is stranded. GPU memory is not overcommitted the way RAM is: a job bigger than its slice fails.',
  'notes.preset.gpu-sharing.try': 'Set train-s to 0 % and watch the inference VMs’ wait per turn fall; set infer-m1 to 100 % and see that infer-m2 is unaffected; give train-p +4 GiB until it fails; try to migrate train-p and read the refusal.',
  'notes.preset.instances-on-demand.shows': 'A small cloud of three hosts (16 GiB each) running three VMs. Over the first 4 s clients request six instances, each a type from a catalogue (small, medium, large), a template (Ubuntu 8 GiB, Windows 16 GiB of data) and a full or linked clone. Two clones run at a time; each instance lands where the placement policy (most free memory) says; the last one fits nowhere.',
  'notes.preset.instances-on-demand.ask': 'Why is web-2 ready 20 s before web-1, though both are small Ubuntu instances? Why did web-3 wait 18 s before anything happened? Where does each land, and why does big-1 fail although the cluster as a whole has 10 GiB free?',
  'notes.preset.instances-on-demand.misconceptions': 'A linked clone is not a copy: it shares the template’s disk read-only and keeps only its own changes (copy-on-write), so it is quick and small but depends on the template. Free memory in the cluster is not free memory on one host: an instance must fit on a single host.',
  'notes.preset.instances-on-demand.try': 'Request a large Windows instance as a full clone and then as a linked one and compare their timelines; switch the placement policy to best-fit and request again; fill a host and read the refusal.',
  'notes.preset.orchestration.shows': 'Containers at scale: three container hosts (4 cores, 6 GiB each) run the deployment web (shop-web 1.0), 3 replicas, each requesting 1 core and 1 GiB (limited to 2 cores and 1 GiB), autoscaled between 3 and 10 at 60 % of its CPU requests. At 5.5 s the load rises from 1.8 to 6 cores: the autoscaler scales out to 10 at its next sync (6 s). At 16 s node-2 fails: its 3 replicas are replaced, 1 fits and 2 stay Pending (the other nodes have all 4 cores requested) until node-2 is repaired at 24 s. At 30 s a rolling update to 2.0 (1 extra, 0 unavailable) replaces the 10 one at a time in about 5 s, each new one pulling only the 40 MiB top layer. At 44 s the load falls to 1.5 cores; after the 10 s window (53 s) it scales in to 3.',
  'notes.preset.orchestration.ask': 'Why did two replicas stay Pending after node-2 failed, though the other nodes still had memory free? During the rollout, how many replicas were available at the worst moment, and why never fewer? Why did the scale-out happen at once but the scale-in wait 10 s?',
  'notes.preset.orchestration.misconceptions': 'The scheduler places by requests, not by what a container uses right now: a node whose 4 cores are all requested takes no more replicas even when idle. A limit is not a request: the request reserves, the limit caps (the cgroup quota and memory limit). A killed container is restarted in place by its node; only a lost node (or a removed pod) makes the deployment create a replacement elsewhere. Kubernetes reacts in seconds to minutes (HPA every 15 s, scale-down after 5 min, node failure after about 40 s); here all of it is shortened to fit a minute.',
  'notes.preset.orchestration.try': 'Kill a replica and watch it restart on the same node after 1 s; fail a node and count the replacements; set replicas to 14 by hand and read why the extras are Pending; move the load slider and watch the history strip; roll out back to 1.0 while a node is down.',
  'notes.preset.io-paths.shows': 'One hardware-assisted host with four cores (and an empty second one to migrate to) runs three identical database VMs, each on a core of its own, doing the same disk and network I/O (random reads and writes, log writes). Only the I/O path differs: vm-emulated has an emulated device (6 trapped register accesses per I/O), vm-virtio a virtio device (one notification per batch of 8), vm-passthrough an SR-IOV virtual function (no exit, the IOMMU translates its DMA).',
  'notes.preset.io-paths.ask': 'Which VM gets the most I/O done, and where did the others’ CPU time go? Why can vm-passthrough not be live-migrated, and what would you give up to make it migratable?',
  'notes.preset.io-paths.misconceptions': 'The I/O path is not the CPU technique: switch the host to binary translation or paravirtualization and each VM keeps its path and its per-I/O figures. Passthrough is not free either: the VM is tied to its host’s device.',
  'notes.preset.io-paths.try': 'Switch vm-emulated to virtio and watch its exits per I/O fall from 6 to 0.125; set the host’s technique to paravirtual and see the I/O figures stay; ask for a migration of vm-passthrough and read the refusal.',

  'notes.preset.vswitch-basics.shows': 'Two hosts with a vSwitch each and one uplink to a physical switch. web-1 talks to app-1 on the same host (never leaves vSwitch0), app-1 queries db-1 on the other host (out through the uplink and across the wire), web-1 calls a container on host-2, external clients reach web-1, and from 8 s to 12 s a live migration copies memory in VLAN 99 on the same wire.',
  'notes.preset.vswitch-basics.ask': 'Which flows cross the physical wire? Why does the migration traffic not reach the VMs though it shares the cable?',
  'notes.preset.vswitch-basics.misconceptions': 'A virtual switch is not a device in the rack: it is software in the hypervisor, and traffic between its ports stays in memory.',
  'notes.preset.vswitch-basics.try': 'Follow each flow once; watch the link chart between 8 s and 12 s.',

  'notes.preset.vlan-isolation.shows': 'Two tenants on one host and one wire: tenant A in VLAN 10 (web, database, and a replica on a second host), tenant B in VLAN 20. B’s web server tries to query A’s database and is dropped at the vSwitch.',
  'notes.preset.vlan-isolation.ask': 'Both VMs sit on the same vSwitch: why can B not reach A? How does A’s replication reach the other host?',
  'notes.preset.vlan-isolation.misconceptions': 'VLANs isolate by tag, not by cable; moving a vNIC to another VLAN changes who it can reach at once.',
  'notes.preset.vlan-isolation.try': 'Move b-web’s vNIC to VLAN 10 and watch the drops stop: isolation is a configuration, not a wall.',

  'notes.preset.vm-vs-container.shows': 'The same web app four ways on identical hosts: four VMs (768 MiB each, each with a Linux guest), four containers (512 MiB limit each, one shared kernel), and four containers inside one VM that start at about 4.1 s, once that VM has booted.',
  'notes.preset.vm-vs-container.ask': 'Which start first, and how much sooner? How much memory do the VMs spend on guest OSes? Why do the containers inside the VM start last? If an attacker breaks the kernel from inside one container, what else do they get, and from inside one VM?',
  'notes.preset.vm-vs-container.misconceptions': 'Containers inside a VM are not “double virtualized” for CPU: they share the VM’s vCPUs. They start only after the VM’s guest OS is up. Namespaces and cgroups are not a security boundary against kernel bugs: every container on a kernel shares that kernel’s bugs.',
  'notes.preset.vm-vs-container.try': 'Race them at 0.25× from tick 0; compare the memory bands; count how many more of each would fit; press “Try a kernel exploit” under each column and compare what is reached (the cloud’s usual answer: containers inside VMs, one tenant per VM).',

  'notes.preset.docker-layers.shows': 'Two Docker hosts. A second shop-api on host-a starts at once (all layers present); python on the empty host-b pulls every layer; shop-api on host-b then pulls only the two layers python lacks. api-1 edits a file (copy-on-write), a 256 MiB database is killed by the OOM killer, and batch-1 is held to 0.2 CPU by its cgroup quota.',
  'notes.preset.docker-layers.ask': 'Why did the second pull on host-b fetch so little? Where did api-1’s edited file go? Why was the database killed though the host had free memory?',
  'notes.preset.docker-layers.misconceptions': 'An image is not copied per container: layers are shared read-only, and each container adds only a thin writable layer.',
  'notes.preset.docker-layers.try': 'Watch each pull’s layer list; select batch-1 and compare its CPU with its quota; raise the database’s memory limit.',

  'notes.preset.drs-balance.shows': 'Three identical hosts, and all eight VMs start on host-1 (as after a maintenance window). DRS is on with a 25-point threshold: every 5 s it compares CPU demand and memory in use and live-migrates one VM from the busiest host to the idlest, saying why, as long as the move removes more imbalance than the migration costs. A VM it moved stays put for 30 s, so nothing ping-pongs.',
  'notes.preset.drs-balance.ask': 'Which VM does DRS move first, and why that one? Why one at a time? When does it stop, even though the hosts are not exactly equal?',
  'notes.preset.drs-balance.misconceptions': 'Balancing is not “equal numbers of VMs per host”: DRS balances demand, and an idle VM adds almost nothing.',
  'notes.preset.drs-balance.try': 'Read each decision’s reason; change the threshold; switch DRS off and on.',

  'notes.preset.live-migration.shows': 'Two hosts on a 10 GbE link. At 5 s web-vm moves to host-2: it writes about 400 MiB/s, as the memory model measures it, but only into the 600 MiB of its working set it writes to, so it keeps re-dirtying the same pages: a full copy, one shorter round, then a pause of under 50 ms. At 16 s db-vm, an in-memory database writing about 2,000 MiB/s (faster than the link) into 940 MiB, is moved: each round re-dirties about as many pages as it sends, so its dirty set stops shrinking and auto-converge throttles its vCPUs a step more each round (20 %, 30 % … 80 %), and the rate the lens shows falls with them (about 1,400 MiB/s at 60 %) until a round leaves few enough pages for a pause of under 50 ms. From 14 s db-vm also streams an off-site backup (500 MiB/s) out of host-1’s NIC, so its migration shares that NIC: the copy gets only about 890 of its 1250 MiB/s, needs more rounds, and the backup loses bursts (Network lens: host-1 sending at 100 %). Each VM arrives with its memory resident.',
  'notes.preset.live-migration.ask': 'Why does the web VM need more than one round? Why can the database never catch up on its own? What does the user notice during the pause?',
  'notes.preset.live-migration.misconceptions': 'Live migration is not instant and not zero-downtime: the final stop-and-copy pauses the VM briefly.',
  'notes.preset.live-migration.try': 'Compare the two migrations’ rounds and downtime; switch the fallback to stop-and-copy and compare the pause.',

  'notes.preset.host-failure.shows': 'Three 16 GiB hosts with HA on. At 6 s host-1 fails with three 4 GiB VMs on it; they stop at once. HA waits 15 s without heartbeats before it declares the host dead, then restarts them by first fit, counting each VM’s reservation (plus overhead), not its configured memory. All three fit on host-2, because admission control kept a host’s worth unreserved; host-2 now holds 20 GiB of VMs on 16 GiB (overcommit).',
  'notes.preset.host-failure.ask': 'Why does HA wait 15 s instead of restarting at once? Why do all three fit when host-2 has less free memory than their configured size?',
  'notes.preset.host-failure.misconceptions': 'HA does not move running VMs: the failed host’s VMs crash and are rebooted elsewhere (booting takes seconds).',
  'notes.preset.host-failure.try': 'Place a VM with a large reservation and read admission control’s refusal; switch HA off and compare.',

  'notes.preset.memory-overcommit.shows': 'One 8 GiB host promised 12 GiB (1.5×) by three VMs, paced to follow at 1×. The VMs power on one after another (0, 4, 8 s), idle at first; as the guests fill their page caches free memory falls below minFree (clear, about 13 s: sharing scans faster). At 16 s web’s site opens (soft: the balloon inflates, in web and batch rather than db, whose shares are high). At 26 s db’s reports and batch’s data load start together (hard: compression and swapping). For several seconds swapping keeps falling behind: from 26.1 s the host is in low three times, 2 s each (new allocations wait; a host stays at least 2 s in a state before it goes back to a milder one), and climbs back to hard for about 0.1 s between; the “last minute” strip under the gauge keeps every stay. At 34.3 s it is back in soft. From 26 s on the VMs do less work, waiting on memory. minFree is raised to 512 MiB so each band is wide enough to watch.',
  'notes.preset.memory-overcommit.ask': 'At each state change: what engages, and why is it cheaper than the next step? Which VM gives up memory first?',
  'notes.preset.memory-overcommit.misconceptions': 'The host does not “run out” the moment it is overcommitted: the promise only matters once the guests really touch their memory.',
  'notes.preset.memory-overcommit.try': 'Switch ballooning or compression off and see the host reach swap sooner; stop a VM to give memory back.',

  'notes.preset.balloon.shows': 'An idle VM and a busy database VM share a 5.3 GiB host promised 8 GiB. The idle VM runs first and fills its free memory with page cache; at 6 s the database powers on, and its load rises in three steps, each faster than a balloon driver answers (it asks for its target once a second and inflates at most 64 MiB/s): its site opens at 14 s (soft: the balloon inflates), a batch job starts at 17 s (hard: the hypervisor swaps, for 2 s), its reports start at 20 s (low: allocations wait, for 2 s; then hard and soft again, 2 s apart). With the idle memory tax on, the idle VM (mostly cold page cache) gives, not the busy one. At 32 s the database powers off: memory is plentiful again and the balloon deflates at its pace (empty at about 52 s). Compression is off so the balloon is the main tool.',
  'notes.preset.balloon.ask': 'Why should the idle VM give more? Which pages does a guest give to its balloon first?',
  'notes.preset.balloon.misconceptions': 'The balloon does not steal pages blindly: the guest chooses what to give (page cache first), which is why ballooning hurts less than hypervisor swap.',
  'notes.preset.balloon.try': 'Switch the idle memory tax off and compare the two balloons; change the guest’s replacement policy.',

  'notes.preset.page-sharing.shows': 'Four identical Linux guests on a 4 GiB host with sharing between VMs switched on: their identical OS pages and zero pages collapse into shared copy-on-write frames; a write breaks the share.',
  'notes.preset.page-sharing.ask': 'How much memory does sharing save here? Why has sharing between VMs been off by default since 2015?',
  'notes.preset.page-sharing.misconceptions': 'A shared page is not read-only for the guest: the first write copies it back to a private frame (copy-on-write).',
  'notes.preset.page-sharing.try': 'Switch sharing between VMs off and watch the shared frames split; compare with sharing within each VM only.',

  'notes.preset.shadow-vs-nested.shows': 'Two 2-core hosts with the same web VM: one with binary translation and shadow page tables, one hardware-assisted with nested paging (EPT/NPT). A TLB miss costs 4 references under shadow paging and up to 24 under nested paging, but shadow paging exits on every guest page-table write and CR3 load.',
  'notes.preset.shadow-vs-nested.ask': 'Which host pays more per TLB miss, and which pays more per page-table write? Why do large pages help nested paging so much?',
  'notes.preset.shadow-vs-nested.misconceptions': 'Neither is always faster: both costs are CPU time, and the walk panel weighs them in cycles. Shadow paging pays an exit for every page-table write, so it loses while the guest maps its memory; nested paging pays up to 24 references per walk, so with the guest’s memory mapped its walks overtake it (here after about 30 s). TLB hit rates of 95–99 % keep the long walk rare, and large pages shorten it.',
  'notes.preset.shadow-vs-nested.try': 'Step the walk on both hosts; turn large pages on (3 and 15 references); turn the tagged TLB off and watch the misses rise.',

  'notes.preset.memory-16k.shows': 'The memory benchmark: a 16 GiB host at 1 MiB per page (16,384 frames), overcommitted 1.5× by six VMs that power on 3 s apart (soft at about 17.7 s, hard at 19.6 s, low at 20.1 s for 2 s, hard again at 22.1 s, back to soft at 24.1 s); from 26 s one VM is stopped and restarted every few seconds so thousands of frames change owner and state.',
  'notes.preset.memory-16k.ask': 'Which reclaim techniques are active at once? Why do freed frames fill again so quickly?',
  'notes.preset.memory-16k.misconceptions': 'One cell is one model page of 1 MiB here, not a 4 KiB page; the lens states the scale.',
  'notes.preset.memory-16k.try': 'Run at top speed and check the grid keeps up; use it to show scale after the smaller memory presets.',
} as const;
