/**
 * 가이드 투어 설명(한국어). 키는 tours.en.ts와 같다. 용어는 강의 노트의 용어를 따른다.
 */
export default {
  'tour.course.title': '강의 전체: 노트 순서대로',
  'tour.course.blurb': '“가상화란?”부터 컨테이너와 도커까지, 한 단계에 노트의 한 절씩.',
  'tour.course.oneAsMany.title': '하나의 장치를 여러 개처럼',
  'tour.course.oneAsMany.body':
    '이것은 물리 서버 한 대입니다. 하이퍼바이저가 pCPU 4개와 16 GiB 메모리를 가상머신 세 대와 컨테이너 두 개에 나누어 줍니다. 각 가상머신은 자기만의 컴퓨터를 가졌다고 믿습니다. 물리적인 컴포넌트를 논리적인 객체로 추상화하는 것, 이것이 가상화입니다.',
  'tour.course.oneAsMany.task': '가상머신 하나를 클릭해서 그 가상머신이 무엇을 가졌다고 믿는지 보세요.',
  'tour.course.manyAsOne.title': '여러 장치를 하나처럼',
  'tour.course.manyAsOne.body':
    '반대 방향입니다. 여러 스토리지 어레이를 묶어 하나의 SAN으로 씁니다. 가상머신의 디스크는 로컬 드라이브처럼 보이지만(OneDrive 폴더처럼) 실제 블록은 공유 어레이에 있습니다.',
  'tour.course.properties.title': '가상화 특성: 분할과 로드밸런싱',
  'tour.course.properties.body':
    '서버 4대가 가상머신 32대를 실행합니다. 각 서버는 CPU를 가상머신들에게 분할하고, 서버들 사이에서는 작업을 나누어 어느 한 대도 병목이 되지 않게 합니다. 서버마다 얼마나 바쁜지 보세요.',
  'tour.course.balance.title': '서버 간 로드밸런싱',
  'tour.course.balance.body':
    '한 서버에 부하가 몰리면 가상머신을 실행 중인 채로 한가한 서버로 옮깁니다. 로드밸런싱은 둘 이상의 장치에 작업을 나누어 병목현상을 막는 것입니다.',
  'tour.course.server.title': '서버 가상화',
  'tour.course.server.body':
    '가상화 개념의 시초입니다. 서버 위의 하이퍼바이저가 서로 격리된 가상머신 여러 대를 만듭니다. 각 가상머신은 자기 게스트 OS, vCPU, 메모리를 가지지만 아래의 하드웨어는 함께 씁니다.',
  'tour.course.vdi.title': '데스크탑 가상화(VDI)',
  'tour.course.vdi.body': '데스크탑이 데이터 센터에서 실행됩니다. 학생의 노트북은 화면과 키보드일 뿐이고, 모든 처리와 저장은 서버에서 이루어집니다.',
  'tour.course.appVirt.title': '어플리케이션 가상화',
  'tour.course.appVirt.body': '응용 프로그램을 운영체제로부터 캡슐화합니다. 실제로 설치되지 않았지만 마치 설치된 것처럼 실행됩니다.',
  'tour.course.hvTypes.title': '하이퍼바이저 Type 1과 Type 2',
  'tour.course.hvTypes.body':
    'Type 1은 하드웨어 위에 바로 설치되고, Type 2는 호스트 OS 위에서 다른 응용 프로그램처럼 동작합니다. Type 2 게스트의 모든 I/O와 특권 명령은 호스트 OS를 한 번 더 거치므로 성능은 Type 1이 더 뛰어나고, 설치는 Type 2가 더 쉽습니다.',
  'tour.course.hvTypes.task': '두 호스트 모두 디스크 읽기가 디스크에 닿을 때까지 다음 단계(또는 재생)를 누르세요. 경로마다 단계를 세어 보고, Type 2 경로에만 더 있는 층이 무엇인지 보세요.',
  'tour.course.cpu.title': 'CPU 가상화: vCPU가 pCPU를 기다린다',
  'tour.course.cpu.body':
    'vCPU가 pCPU보다 많습니다. 하이퍼바이저의 스케줄러가 각 vCPU에 pCPU 타임슬라이스를 줍니다. 실행하고 싶은데 모든 pCPU가 바쁘면 vCPU는 준비 큐에서 기다리고, 게스트는 이 대기를 스틸 타임(steal time)으로 봅니다.',
  'tour.course.cpu.task': '준비 큐에서 기다리는 vCPU 하나를 누르세요. 상세 보기가 어느 pCPU가 바쁜지, 얼마나 기다렸는지(게스트가 보는 스틸 타임)를 알려 줍니다.',
  'tour.course.hyperthreads.title': '하이퍼스레딩',
  'tour.course.hyperthreads.body':
    '코어마다 하드웨어 스레드가 두 개라서 하이퍼바이저는 코어당 pCPU 두 개를 봅니다. 하지만 두 스레드는 한 코어의 연산 장치를 나눠 씁니다. 둘 다 바쁘면 코어 하나의 약 1.25배 일을 할 뿐, 2배가 아닙니다.',
  'tour.course.costop.title': 'Co-stop: vCPU가 너무 많을 때',
  'tour.course.costop.body':
    'vCPU가 여러 개인 가상머신은 vCPU들이 함께 진행해야 합니다. 하나가 너무 앞서가면 스케줄러가 그것을 멈춥니다(co-stop). 필요보다 vCPU가 많은 가상머신은 오히려 더 오래 기다립니다.',
  'tour.course.costop.task': '계속 실행하세요. 첫 co-stop에서 투어가 멈춥니다.',
  'tour.course.memory.title': '메모리 가상화',
  'tour.course.memory.body':
    '각 가상머신은 0번지부터 연속된 물리 메모리가 있는 것처럼 인식합니다. 그 뒤에서 하이퍼바이저가 게스트 페이지를 호스트 프레임에 매핑하고(페이징), 메모리가 오버커밋되면 메모리 압축 같은 기법으로 회수합니다.',
  'tour.course.balloon.title': '벌루닝',
  'tour.course.balloon.body':
    '하이퍼바이저가 게스트 안의 벌룬 드라이버를 부풀리면 게스트가 스스로 고른 페이지를 내놓고, 호스트는 그 프레임을 메모리가 필요한 가상머신에 줍니다.',
  'tour.course.storage.title': '스토리지 가상화',
  'tour.course.storage.body':
    '각 가상머신은 직접 연결된 디스크처럼 보이는 가상 디스크를 받습니다. 실제로는 물리 디스크의 특정 영역이고, 그 가상머신에 읽기·쓰기 권한이 주어집니다. 씬 디스크는 실제보다 많은 용량을 약속합니다.',
  'tour.course.network.title': '네트워크 가상화',
  'tour.course.network.body':
    '가상머신은 가상 스위치에 연결된 가상 NIC를 가집니다. VLAN 덕분에 여러 네트워크가 서로 보지 못한 채 한 선을 함께 씁니다. 같은 서버의 가상머신끼리 오가는 패킷은 물리 NIC를 거치지 않습니다.',
  'tour.course.san.title': 'SAN: 배치와 복제',
  'tour.course.san.body':
    '볼륨은 저장 공간이 가장 많이 남은 어레이에 놓이고, 백업을 위해 다른 곳에 복제본을 둡니다. 어레이 하나가 고장 나도 잃는 것이 없습니다. 복제본이 이어받고 재구축이 시작됩니다.',
  'tour.course.gpu.title': 'GPU 하나를 세 가지로 나누기',
  'tour.course.gpu.body':
    '강의 노트는 가상화가 나누는 자원으로 GPU도 꼽습니다. 여기서는 호스트마다 GPU가 하나입니다. 패스스루는 가상머신 하나에게 통째로 주고, 시분할 vGPU는 가상머신들이 GPU 전체를 번갈아 쓰게 하며(띠를 보세요: 매 ms마다 누가 썼는지), MIG는 고정된 조각으로 자릅니다. 가상머신마다 받는 몫과 차례를 기다리는 시간을 비교해 보세요.',
  'tour.course.raid.title': '어레이 안: 여러 디스크에 걸친 데이터',
  'tour.course.raid.body':
    '강의 노트: 저장 장치 가상화는 데이터를 여러 장치에 걸쳐 저장합니다. 여기 각 어레이 안에서 디스크는 열, 스트라이프는 행입니다. RAID-0은 블록을 나눠 싣고(스트라이핑), RAID-1은 복제하며(미러링), RAID-4와 5는 패리티(P)를 더합니다. RAID-5의 작은 쓰기를 보세요. 옛 데이터와 패리티를 읽고 둘 다 써서, 블록 하나에 디스크 연산 네 번이 듭니다. 그다음 디스크 하나를 고장 내고 재구성을 지켜보세요.',
  'tour.course.instances.title': '요청하면 만들어지는 인스턴스',
  'tour.course.instances.body':
    '강의 노트: 사용자가 조건에 맞는 인스턴스를 요청하면 가상화가 그것을 제공합니다. 여기서는 사용자가 유형, 템플릿, 복제 방식을 고르고, 클러스터가 요청을 큐에 넣고 정책에 따라 배치하고 디스크를 만들어 부팅합니다. 몇 초 만에 준비되는 연결 복제(템플릿 디스크를 함께 씀)와 템플릿을 먼저 복사하는 전체 복제를 비교해 보세요.',
  'tour.course.fullPara.title': '전가상화와 반가상화',
  'tour.course.fullPara.body':
    '전가상화: 수정하지 않은 게스트 OS는 자신이 가상인 줄 모르고, 하이퍼바이저가 특권 명령을 가로채거나 번역합니다. 반가상화: 수정된 게스트가 하이퍼바이저를 직접 호출(하이퍼콜)하므로 처리 단계가 간단하고 성능이 높습니다.',
  'tour.course.ioPaths.title': '반가상화 I/O: 더 직접적인 루틴',
  'tour.course.ioPaths.body':
    '강의 노트는 반가상화가 “하드웨어와의 I/O 처리에 있어서 전가상화보다 직접적인 루틴을 사용”한다고 합니다. 똑같은 가상머신 셋이 같은 I/O를 합니다. 에뮬레이션 장치에서는 레지스터 접근마다 트랩되고, virtio에서는 게스트가 요청을 묶어 한 번만 알리고, 패스스루에서는 하이퍼바이저가 경로에 아예 없습니다(대신 라이브 마이그레이션을 할 수 없습니다).',
  'tour.course.ioPaths.task': 'vm-emulated(또는 vm-passthrough)의 I/O 경로를 virtio로 바꾸고 I/O당 exit가 어떻게 바뀌는지 보세요.',
  'tour.course.containers.title': '컨테이너',
  'tour.course.containers.body':
    '컨테이너는 어플리케이션과 실행에 필요한 파일만 패키징합니다. 호스트의 커널을 함께 쓰므로 부팅할 게스트 OS가 없어, 가상머신이 몇 초 걸릴 때 1초도 안 되어 시작합니다.',
  'tour.course.isolation.title': '커널을 공유하는 대가',
  'tour.course.isolation.body':
    '호스트 커널을 함께 쓰기 때문에 컨테이너는 가볍지만, 바로 그 점이 약점이기도 합니다. 컨테이너 하나 안에서 커널 버그를 공격하면 그 호스트의 모든 컨테이너가 함께 쓰는 커널이 넘어갑니다. 두 열 아래의 “커널 취약점 공격해 보기”를 눌러 보세요. 컨테이너에서 시작하면 네 개 모두가 뚫리고, 가상머신에서 시작하면 그 가상머신 하나만 뚫립니다. 가상머신마다 하이퍼바이저 뒤에서 자기 커널을 실행하기 때문입니다.',
  'tour.course.docker.title': '도커 이미지와 레이어',
  'tour.course.docker.body':
    '이미지는 읽기 전용 레이어를 쌓은 것이고, 같은 이미지로 만든 모든 컨테이너가 그 레이어를 공유합니다. 각 컨테이너는 얇은 쓰기 가능 레이어만 더합니다. 그래서 컨테이너는 가볍고 환경이 바뀌어도 안정적으로 실행됩니다.',
  'tour.course.scale.title': '대규모 컨테이너',
  'tour.course.scale.body':
    '강의 노트: 클라우드에서는 컨테이너 기반 가상화가 하이퍼바이저를 대체하고 있습니다. 오케스트레이터(쿠버네티스와 비슷한)는 원하는 수의 복제본을 컨테이너 호스트 클러스터에서 계속 실행합니다. 요청량이 들어가는 곳에 복제본을 배치하고, 실패한 것은 다시 시작하거나 교체하며, 사용 가능한 수를 유지한 채 새 버전을 복제본 하나씩 롤아웃하고, 부하에 따라 확장합니다. 1분 동안 펼쳐지는 과정을 본 뒤 직접 복제본을 강제 종료하거나 노드에 장애를 내 보세요.',

  'tour.scheduling.title': '실습: 서버 한 대의 CPU 스케줄링',
  'tour.scheduling.blurb': '기본 서버에서 네 가지 과제: 하이퍼바이저 유형, 부팅, 준비 큐, pCPU 비우기.',
  'tour.scheduling.hosted.title': 'Type 1인가 Type 2인가?',
  'tour.scheduling.hosted.body': '이 서버는 하드웨어 위에 바로 Type 1 하이퍼바이저가 있습니다. Type 2 하이퍼바이저는 호스트 OS 위에서 다른 프로그램처럼 동작합니다.',
  'tour.scheduling.hosted.task': '상세 보기에서 하이퍼바이저를 Type 2로 바꾸세요.',
  'tour.scheduling.meet.title': '가상머신 부팅, 컨테이너 시작',
  'tour.scheduling.meet.body': '틱 0에 모든 것의 전원이 켜집니다. 컨테이너는 0.3초 뒤 실행 중이지만, 가상머신은 먼저 게스트 OS를 부팅하느라 약 4초가 걸립니다.',
  'tour.scheduling.meet.task': '모든 가상머신이 부팅될 때까지(틱 4200) 실행하세요.',
  'tour.scheduling.queue.title': '준비 큐',
  'tour.scheduling.queue.body':
    '실행 가능한 것 일곱 개가 pCPU 네 개를 나눠 씁니다. 0.25배로 느리게 하면, 모든 pCPU가 바쁠 때 vCPU가 준비 큐에 들어가고, 타임슬라이스가 끝나거나 I/O를 기다릴 때 나오는 것이 보입니다. 하이퍼바이저가 선택되어 있어서 상세 보기에 누가 왜 기다리는지 나옵니다.',
  'tour.scheduling.queue.task': 'vCPU 두 개가 동시에 준비 상태가 될 때까지 기다리세요(그때 투어가 멈춥니다).',
  'tour.scheduling.stopBatch.title': 'pCPU 비우기',
  'tour.scheduling.stopBatch.body':
    'batch-1은 CPU 집약적이라 늘 pCPU를 원합니다. 이것을 멈추면 다른 것들이 pCPU를 더 쓰게 되어 준비 큐 대기 시간(steal time)이 줄어듭니다.',
  'tour.scheduling.stopBatch.task': '상세 보기의 정지 버튼으로 batch-1을 멈추세요.',

  'tour.containers.title': '컨테이너와 가상머신: 누가 먼저 시작할까?',
  'tour.containers.blurb': '기본 서버에서 세 단계: 시작 시간, 공유하는 커널, 가상머신이 대신 가지고 다니는 것.',
  'tour.containers.race.title': '시작 경주',
  'tour.containers.race.body':
    '틱 0에 모든 것을 켜고 0.25배 속도로 봅니다. 컨테이너는 시스템을 따로 보는 프로세스일 뿐이라 0.3초 안에 실행됩니다. 가상머신은 먼저 게스트 OS 전체를 부팅해야 해서 약 4초가 걸립니다.',
  'tour.containers.race.task': '틱 400까지 보세요. 컨테이너는 이미 시작했고(더 이상 “부팅 중”이 아님) 가상머신은 아직 부팅 중일 때 투어가 멈춥니다.',
  'tour.containers.kernel.title': '컨테이너는 호스트 커널을 공유한다',
  'tour.containers.kernel.body':
    '스택의 컨테이너 엔진을 보세요. 컨테이너는 자기 게스트 OS 없이 호스트 바로 위에 있습니다. 어플리케이션과 실행에 필요한 파일만 패키징합니다.',
  'tour.containers.kernel.task': '컨테이너 하나를 선택해서 무엇을 공유하고 무엇을 가지는지 읽어 보세요.',
  'tour.containers.guest.title': '가상머신이 가지고 다니는 것',
  'tour.containers.guest.body':
    '가상머신은 자기 게스트 OS(수백 MiB, 부팅에 몇 초)를 가지고, 하이퍼바이저가 보여 주는 가상 하드웨어를 봅니다. 비용은 더 들지만 더 강하게 격리됩니다. batch-1처럼 가상머신마다 다른 OS를 돌릴 수도 있습니다.',
} satisfies Record<keyof typeof import('./tours.en').default, string>;
