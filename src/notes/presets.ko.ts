/**
 * 프리셋별 교사용 노트(한국어): 무엇을 보여 주는지, 무엇을 물을지, 흔한 오개념, 해 볼
 * 것. 숫자는 프리셋 자체의 값이다(src/engine/scenario/presets). 키는 presets.en.ts와 같다.
 */
export default {
  'notes.preset.basic.shows': '호스트 한 대(소켓 1개 × 코어 2개 × 스레드 2개 = pCPU 4개, 16 GiB)가 가상머신 세 대(web-1, db-1, batch-1: vCPU 5개)와 컨테이너 두 개(api, cache)를 30 ms 타임슬라이스의 라운드 로빈으로 실행합니다. 실행할 것 일곱 개가 pCPU 네 개를 나눠 씁니다.',
  'notes.preset.basic.ask': '일곱 개 가운데 같은 순간에 몇 개가 실행될 수 있을까요? 어느 것이 먼저 시작하고, 가상머신은 왜 약 4초가 걸릴까요? batch-1(CPU 위주)이 거의 블록되지 않는 이유는?',
  'notes.preset.basic.misconceptions': '학생들은 가상머신마다 자기 코어가 있다고 생각하곤 합니다. 여기서는 vCPU 다섯 개와 컨테이너 두 개가 하드웨어 스레드 네 개를 나눠 쓰고, 아무도 그것을 소유하지 않습니다.',
  'notes.preset.basic.try': 'batch-1을 정지하고 큐가 비는 것을 보세요. 하이퍼바이저를 Type 2로 바꾸세요. 컨테이너를 선택해 가상머신의 스택과 비교하세요.',

  'notes.preset.datacenter-32.shows': '소켓 2개 × 코어 8개 × 스레드 2개(pCPU 32개, 256 GiB)인 호스트 네 대가 작업이 섞인 가상머신 32대와 컨테이너 여덟 개를 실행하고, 두 랙에 어레이 네 개가 있습니다. 가장 큰 프리셋이며 벤치마크의 세계입니다.',
  'notes.preset.datacenter-32.ask': '가장 바쁜 호스트는 어디이고, 왜 어느 호스트도 과부하가 아닐까요? 호스트 하나가 고장 나면 그 가상머신들은 어떻게 될까요?',
  'notes.preset.datacenter-32.misconceptions': '데이터 센터는 서버마다 일 하나씩 하는 따로따로의 서버 모음이 아닙니다. 호스트마다 가상머신 여러 대를 실행하고 부하는 호스트들에 나뉩니다.',
  'notes.preset.datacenter-32.try': '개요에서 호스트들을 비교하고, 클러스터 렌즈에서 호스트별 수요를 보세요. 속도를 올려도 화면이 따라오는지 확인하세요.',

  'notes.preset.cpu-overcommit.shows': 'vCPU 2개짜리 가상머신 네 대(CPU 위주 배치 작업 둘, 데이터베이스, 웹 서버)가 Xen Credit으로 하드웨어 스레드 4개를 나눠 씁니다. pCPU 4개에 vCPU 8개라서 첫 1초부터 준비 시간(steal)이 생깁니다.',
  'notes.preset.cpu-overcommit.ask': '어느 가상머신이 가장 오래 기다리고, Credit에서 웹 가상머신이 배치 작업보다 덜 기다리는 이유는? 스레드 4개에 vCPU 8개는 “너무 많은” 것일까요? 게스트는 이것을 어떻게 알아챌까요?',
  'notes.preset.cpu-overcommit.misconceptions': '오버커밋은 오류가 아니라 흔한 일입니다. 가상머신들이 동시에 CPU를 원하는 일은 드뭅니다. 문제가 되는 것은 준비 시간이 ESXi의 경고 기준(vCPU당 5 %, 10 %면 성능 저하)을 넘을 때입니다.',
  'notes.preset.cpu-overcommit.try': '라운드 로빈으로 바꿔 %RDY를 비교하세요. 웹 가상머신의 가중치를 높이세요. batch-a에 50 % 상한을 걸어 보세요.',

  'notes.preset.noisy-neighbor.shows': '조용한 테넌트 둘(shop, orders-db)이 코어 4개인 호스트를 라운드 로빈으로 나눠 씁니다. 6초에 CPU를 많이 쓰는 vCPU 4개짜리 “noisy” 가상머신이 들어오고, 피해자들의 준비 시간이 약 25–40 %로 오릅니다.',
  'notes.preset.noisy-neighbor.ask': '테넌트는 아무것도 바꾸지 않았는데 왜 느려졌을까요? 운영자는 그들의 가상머신을 건드리지 않고 무엇을 바꿀 수 있을까요?',
  'notes.preset.noisy-neighbor.misconceptions': '가상머신의 격리는 성능의 격리가 아닙니다. 스케줄러, 가중치, 상한이 보호하지 않으면 이웃이 CPU 시간을 빼앗을 수 있습니다.',
  'notes.preset.noisy-neighbor.try': '6초 뒤에 공정 분배로 바꾸고 피해자의 %RDY가 5 % 선 아래로 내려가는 것을 보세요. Credit에서는 깨어난 web 가상머신이 BOOST를 받아 역시 선 아래로 내려가지만, 버스트가 10 ms 틱을 넘겨 BOOST를 잃는 orders-db는 절반으로만 줄어듭니다. noisy 가상머신에 100 % 상한을 걸면 어느 정책에서나 도움이 됩니다. 라운드 로빈에서는 피해자의 %RDY가 3분의 1에서 절반 사이로 줄고(100 ms 주기가 시작될 때마다 vCPU들이 여전히 한꺼번에 실행되기 때문), Credit과 공정 분배에서는 거의 0이 됩니다.',

  'notes.preset.smp-costop.shows': 'vCPU 4개짜리 가상머신(“wide”)이 바쁜 vCPU 1개짜리 가상머신 둘과 코어 4개인 호스트를 나눠 쓰고, ESXi 방식의 완화된 co-scheduling이 켜져 있습니다. vCPU들이 함께 코어를 얻는 일이 드물어 격차가 커지고, 앞서가는 vCPU가 co-stop됩니다.',
  'notes.preset.smp-costop.ask': '하이퍼바이저가 실행할 수 있는 vCPU를 왜 멈출까요? %CSTP가 3 %를 넘으면 관리자에게 무엇을 알려 주나요?',
  'notes.preset.smp-costop.misconceptions': '작업에 필요한 것보다 vCPU를 많이 주면 빨라지지 않습니다. 바쁜 호스트에서는 오히려 더 기다립니다.',
  'notes.preset.smp-costop.try': '“wide”를 vCPU 2개로 줄이면 co-stop이 사라집니다. co-scheduling을 끄고 비교하세요: co-stop은 사라지지만 락 스핀(%RUN 안의 %SPIN)이 나타나고 app-1과 app-2가 하는 일이 줄어듭니다.',

  'notes.preset.hyperthreads.shows': '코어 2개 × 스레드 2개인 호스트를 공정 분배로 스케줄합니다. CPU 위주 가상머신 둘이 서로 다른 코어에서 전속력으로 시작하고, 6초에 둘이 더 시작하면 형제 스레드 쌍이 모두 바빠져 스레드마다 코어의 약 62 %만 냅니다(코어당 합쳐서 1.25개).',
  'notes.preset.hyperthreads.ask': '하이퍼바이저는 pCPU 4개를 봅니다. 큐에서 기다리는 vCPU가 없는데도 6초에 가상머신마다 한 일이 줄어드는 이유는?',
  'notes.preset.hyperthreads.misconceptions': '하이퍼스레드는 두 번째 코어가 아니라 같은 코어에 있는 두 번째 레지스터 세트입니다. 두 스레드는 그 코어의 연산 장치를 나눠 씁니다.',
  'notes.preset.hyperthreads.try': '6초 전후에 한 일을 비교하세요. 하이퍼스레드 계수를 바꿔 보세요. 가상머신 하나를 정지하면 그 형제가 빨라집니다.',

  'notes.preset.san-placement.shows': '바쁜 서버 한 대와 두 랙에 있는 크기가 다른(2–6 TB) 어레이 네 개가 있고, “여유 공간이 가장 많은 곳” 정책으로 배치합니다. 3, 6, 9초에 데이터베이스가 1 TB 볼륨을 세 개 더 요청합니다.',
  'notes.preset.san-placement.ask': '새 볼륨이 나타나기 전마다, 어느 어레이가 받을까요? 왜 늘 가장 큰 어레이는 아닐까요?',
  'notes.preset.san-placement.misconceptions': '노트의 규칙은 “상대적으로 저장 공간이 남아 있는 저장소”입니다. 남은 기가바이트가 가장 많은 곳이 아니라 남은 비율이 가장 큰 곳입니다.',
  'notes.preset.san-placement.try': '“다음 볼륨은 어디로?” 예측을 써 보세요. 라운드 로빈과 해싱으로 바꿔 같은 볼륨이 어디에 놓이는지 비교하세요.',

  'notes.preset.array-failure.shows': '가상머신 여섯 대의 디스크가 복제본 2개씩, 두 랙에 있는 200 GiB 어레이 네 개에 있습니다. 6초에 array-b가 고장 나면 그 복제본이 사라지고, 영향받은 볼륨은 남은 사본으로 성능 저하(degraded) 상태로 돌다가 다른 곳에 재구축합니다.',
  'notes.preset.array-failure.ask': '어느 볼륨이 영향을 받고, 왜 하나도 잃지 않을까요? 재구축하는 동안 다른 가상머신의 디스크까지 느려지는 이유는?',
  'notes.preset.array-failure.misconceptions': '성능 저하는 잃어버린 것이 아닙니다. 남은 사본 하나가 모든 읽기와 쓰기를 처리합니다. 하지만 지금 한 번 더 고장 나면 데이터를 잃습니다.',
  'notes.preset.array-failure.try': '재구축 중에 두 번째 어레이를 고장 내 보세요. 재구축 대역폭을 올리거나 내려 위험한 시간이 어떻게 바뀌는지 보세요.',
  'notes.preset.raid-striping.shows': '디스크 네 개짜리 작은 어레이 네 개가 RAID 수준(0, 1, 4, 5)마다 하나씩 있고, 각각 웹 가상머신 하나의 디스크(작은 4 KiB 읽기·쓰기, 한 번에 블록 하나)를 담습니다. 스토리지 렌즈는 고른 어레이의 디스크를 열로, 스트라이프를 행으로 그리고 칸마다 논리 블록이나 패리티(P)를 적은 뒤, 최근 쓰기나 읽기가 건드린 칸을 밝힙니다. RAID-5에서 4 KiB 쓰기 한 번은 옛 데이터와 옛 패리티를 읽고 둘 다 씁니다.',
  'notes.preset.raid-striping.ask': 'RAID-5에서 작은 쓰기 한 번은 왜 디스크 작업 네 번이 들고, RAID-1은 두 번, RAID-0은 한 번일까요? 스트라이프마다 패리티는 어디에 있고, RAID-5는 왜 패리티를 디스크마다 옮길까요? 디스크 고장을 견디는 수준은 어느 것이고, 읽기는 얼마나 비싸질까요?',
  'notes.preset.raid-striping.misconceptions': '패리티는 사본이 아닙니다. 스트라이프 데이터 블록들의 XOR이라서, 빠진 블록은 나머지 모두로 계산합니다(디스크를 전부 읽음). RAID-0 스트라이핑은 빠르지만 보호가 아닙니다. 디스크 하나를 잃으면 모든 스트라이프의 한 조각이 사라집니다.',
  'notes.preset.raid-striping.try': 'raid5의 디스크 2를 고장 내고 최근 읽기를 밝혀 보세요. 고장 난 디스크의 블록은 이제 읽기 세 번이 필요합니다. 디스크를 교체하고 재구축이 열을 채우는 것을 보세요. raid0의 디스크를 고장 내면 어레이와 가상머신의 디스크를 잃습니다.',

  'notes.preset.thin-overcommit.shows': '400 GiB 어레이 두 개에 모두 1.4 TiB를 약속하는 씬 볼륨이 있습니다. 씬 볼륨은 쓴 만큼만 차지하므로 처음에는 들어가지만, 계속 쓰다 보면(1분 안에 보이도록 여기서는 쓴 것보다 128배 빨리 늘어납니다) 어레이가 가득 차고 쓰기가 실패합니다.',
  'notes.preset.thin-overcommit.ask': '가진 것보다 많이 약속한 것이 잘못이었을까요? 어레이가 차면 누가 먼저, 어떻게 알아챌까요?',
  'notes.preset.thin-overcommit.misconceptions': '씬 프로비저닝은 데이터를 실제로 쓰기 전까지만 공간을 아껴 줍니다. 믿음이 아니라 감시가 필요합니다.',
  'notes.preset.thin-overcommit.try': '쓰기가 실패하면 어레이를 추가하고 재배치해서 다시 쓰게 하세요. 전체 크기를 미리 잡아 두는 thick 볼륨과 비교하세요.',

  'notes.preset.rack-awareness.shows': '가상머신 여섯 대의 디스크가 복제본 2개씩, 랙을 고려하지 않은 라운드 로빈으로 세 랙의 어레이 여섯 개에 놓여 있습니다. 12초에 rack-1의 전원이 나가면 두 사본이 모두 rack-1에 있던 볼륨 두 개를 잃습니다. 16초에 전원이 돌아오고, 18초에 랙 고려를 켜고 재배치하면 볼륨마다 사본 하나가 다른 랙으로 옮겨 갑니다(26초쯤 끝남). 30초에 rack-2의 전원이 나가도 더 잃는 것은 없고, 그 랙에 있던 볼륨은 남은 랙에 다시 복제됩니다(38초쯤).',
  'notes.preset.rack-awareness.ask': '사본을 두 개 두었는데 어떻게 데이터를 잃을 수 있을까요? 어느 볼륨이 그렇게 될까요?',
  'notes.preset.rack-awareness.misconceptions': '복제본은 함께 겪지 않는 고장만 막아 줍니다. 전원 하나나 랙 위 스위치 하나가 한 랙의 두 사본을 모두 앗아 갑니다.',
  'notes.preset.rack-awareness.try': '틱 0으로 돌아가 12초 전에 랙 고려를 켜고 재배치해 보세요. 이동은 8초쯤 끝나고, 첫 번째 고장에서도 아무것도 잃지 않습니다.',

  'notes.preset.server-virtualization.shows': '노트의 첫 번째 종류입니다. Type 1 하이퍼바이저를 가진 서버 한 대가 서로 격리된 가상머신 세 대(mail, web, Windows ERP 데이터베이스)를 각자의 게스트 OS로 실행합니다.',
  'notes.preset.server-virtualization.ask': '서버 세 대를 한 대로 합쳐서 회사는 무엇을 아꼈을까요? 세 가상머신이 여전히 함께 쓰는 것은?',
  'notes.preset.server-virtualization.misconceptions': '격리되었다고 하드웨어까지 따로인 것은 아닙니다. 바쁜 ERP가 공유 CPU를 통해 메일 서버를 느리게 할 수 있습니다.',
  'notes.preset.server-virtualization.try': '가상머신을 하나씩 선택해 게스트 OS와 메모리를 비교하세요. 하나를 정지하면 그 자원이 호스트로 돌아갑니다.',

  'notes.preset.vdi.shows': '데스크탑 가상화입니다. Windows 데스크탑 세 개가 데이터 센터 호스트 한 대에서 실행되고 디스크는 그 어레이에 저장됩니다. 씬 클라이언트 셋(실습실 PC, 집의 노트북, 태블릿)은 화면만 받고 키 입력과 클릭을 돌려보냅니다.',
  'notes.preset.vdi.ask': '태블릿을 잃어버리면 어떤 데이터를 잃을까요? 학생이 파일을 열 때 처리는 어디서 일어날까요?',
  'notes.preset.vdi.misconceptions': '씬 클라이언트가 Windows를 실행하는 것이 아닙니다. 데이터 센터에서 실행되는 데스크탑을 보여 줄 뿐입니다(노트: 모든 작업의 프로세싱과 저장은 서버에서 처리됨).',
  'notes.preset.vdi.try': '네트워크 렌즈를 열고 데스크탑에서 클라이언트로 가는 화면 묶음을 따라가 보세요. 웹 서버의 트래픽과 비교하세요.',

  'notes.preset.app-virtualization.shows': '어플리케이션 가상화입니다. PhotoEdit 1.0과 2.0이 Windows 가상머신 하나에서 각자 자기 샌드박스에 포장되어 있습니다. 샌드박스는 OS 위에 놓인 파일과 레지스트리 키의 계층입니다. 앱에게 자기 사본이 없으면 읽기는 OS까지 내려가고, 쓰기는 모두 계층으로 리디렉션됩니다. 5초부터 27초까지 두 버전이 같은 설정 파일과 버전 키에 쓰고(각자 자기 값을 가짐), 2.0은 공유 런타임 라이브러리(DLL)를 자기에게만 바꾸며, 1.0은 여전히 OS의 것을 읽습니다. OS 계층은 설치 당시 그대로입니다(항목 5개 중 5개).',
  'notes.preset.app-virtualization.ask': '두 버전이 모두 “settings.ini”에 썼는데 왜 충돌하지 않을까요? 샌드박스를 제거하면 OS에는 무엇이 남을까요? IT 부서가 PC마다 앱을 설치하는 것보다 이것을 좋아할 이유는?',
  'notes.preset.app-virtualization.misconceptions': '어플리케이션 가상화는 가상머신이 아닙니다. 두 번째 OS는 없고, 앱과 그 앱이 도는 OS 사이에 계층이 하나 있을 뿐입니다. 또 샌드박스가 OS 전체를 복사하지도 않습니다. 앱이 바꾼 것만 담고, 나머지는 아래의 OS에서 읽습니다.',
  'notes.preset.app-virtualization.try': '1.0의 샌드박스에서 글꼴 파일을 고르고 읽기를 누르세요(OS까지 내려가 읽음). 이어서 쓰기 후 다시 읽으면 이제 자기 사본을 읽습니다. 2.0과 OS는 여전히 원래 값을 보여 줍니다. 2.0을 제거하고 OS 줄을 확인하세요: 5개 중 5개가 그대로입니다.',

  'notes.preset.type1-vs-type2.shows': '같은 가상머신 두 대(웹, I/O 위주)가 똑같은 호스트 둘에 있습니다. “bare”는 Type 1, “hosted”는 호스트 OS 위의 Type 2입니다. hosted의 게스트는 I/O와 exit마다 호스트 OS를 한 번 더 거칩니다.',
  'notes.preset.type1-vs-type2.ask': '추가된 층 때문에 더 많이 잃는 것은 웹 가상머신일까요, I/O 위주 가상머신일까요? 그래도 사람들이 Type 2를 쓰는 이유는?',
  'notes.preset.type1-vs-type2.misconceptions': 'Type 2가 순수한 계산에서 느린 것은 아닙니다. 트랩하지 않는 명령어는 둘 다 CPU에서 바로 실행됩니다.',
  'notes.preset.type1-vs-type2.try': '두 호스트의 오버헤드 열을 비교하세요. “bare”를 Type 2로 바꿨다가 되돌려 보세요. 두 호스트의 기법을 바꿔 보세요.',

  'notes.preset.bt-vs-para-vs-hw.shows': '호스트 셋이 같은 웹과 데이터베이스 가상머신을 각각 바이너리 변환, 반가상화, 하드웨어 지원으로 실행하므로 카운터(트랩, 하이퍼콜, 번역)와 오버헤드를 나란히 비교할 수 있습니다.',
  'notes.preset.bt-vs-para-vs-hw.ask': '여기서 오버헤드가 가장 낮은 기법은 무엇이고, 그 대가는(고친 게스트 커널) 무엇일까요? 바이너리 변환이 처음 몇 초 동안 가장 비싸다가, 번역 캐시가 차고 게스트가 메모리를 다 매핑하고 나면 싸지는 이유는(섀도 페이지 테이블에서는 새 매핑마다 트랩이 일어납니다)?',
  'notes.preset.bt-vs-para-vs-hw.misconceptions': '하드웨어 지원은 공짜가 아닙니다. 이 모델에서는 1세대 VT-x처럼 VM exit 한 번이 바이너리 변환의 에뮬레이션 명령어 하나보다 사이클이 더 듭니다.',
  'notes.preset.bt-vs-para-vs-hw.try': '호스트마다 명령어 하나를 단계별로 따라가 보세요. “bt”에서 번역 캐시가 차는 것을 보세요. 한 호스트의 작업을 io-bound로 바꾸고 다시 비교하세요.',
  'notes.preset.gpu-sharing.shows': '호스트 셋에 A100급 GPU(40 GiB)가 하나씩 있고, 나누는 방식이 다릅니다. 패스스루(train-p가 독차지), 시분할 vGPU(30 %씩 요청하는 추론 가상머신 둘과 전부를 요청하는 학습 가상머신 하나, 차례는 최대 2 ms, 전환마다 0.1 ms), MIG(같은 세 가상머신이 2g, 2g, 3g 고정 조각). 20초에 infer-m2는 자기 조각 10 GiB보다 많은 14 GiB가 필요해집니다.',
  'notes.preset.gpu-sharing.ask': '어떤 가상머신이 차례를 기다리고, 얼마나 기다리나요? train-s는 왜 train-m보다 적게 받고, train-m은 조각이 놀고 있어도 왜 요청보다 적게 받을까요? 20초에 infer-m2에게 무슨 일이 생기고, 왜 이웃의 메모리를 빌릴 수 없을까요?',
  'notes.preset.gpu-sharing.misconceptions': 'vGPU는 작은 GPU가 아닙니다. 시분할은 잠깐씩 GPU 전체를 주므로, 각자 몫은 받더라도 시끄러운 이웃이 있으면 모두가 더 오래 기다립니다. MIG는 격리하지만, 안 쓰는 용량은 다른 가상머신이 쓸 수 없습니다. GPU 메모리는 RAM처럼 오버커밋되지 않아서 조각보다 큰 작업은 실패합니다.',
  'notes.preset.gpu-sharing.try': 'train-s를 0 %로 바꾸고 추론 가상머신의 차례당 대기가 줄어드는 것을 보세요. infer-m1을 100 %로 바꿔도 infer-m2는 그대로인지 보세요. train-p에 +4 GiB를 실패할 때까지 주어 보세요. train-p를 마이그레이션해 보고 거절 사유를 읽어 보세요.',
  'notes.preset.instances-on-demand.shows': '호스트 셋(각 16 GiB)에서 가상머신 셋이 돌아가는 작은 클라우드입니다. 처음 4초 동안 사용자들이 인스턴스 여섯 개를 요청합니다. 각각 카탈로그의 유형(small, medium, large), 템플릿(Ubuntu 8 GiB, Windows 16 GiB 데이터), 전체 복제 또는 연결 복제를 고릅니다. 복제는 두 개씩 진행되고, 각 인스턴스는 배치 정책(남은 메모리가 가장 많은 곳)에 따라 놓이며, 마지막 요청은 들어갈 곳이 없습니다.',
  'notes.preset.instances-on-demand.ask': 'web-1과 web-2는 둘 다 small Ubuntu 인스턴스인데 왜 web-2가 20초나 먼저 준비될까요? web-3은 왜 아무 일 없이 18초를 기다렸을까요? 각 인스턴스는 어디에 놓이고, 클러스터 전체로는 10 GiB가 남는데 big-1은 왜 실패할까요?',
  'notes.preset.instances-on-demand.misconceptions': '연결 복제는 사본이 아닙니다. 템플릿 디스크를 읽기 전용으로 함께 쓰고 자기 변경분만 가집니다(copy-on-write). 그래서 빠르고 작지만 템플릿에 의존합니다. 클러스터에 남은 메모리가 한 호스트에 남은 메모리는 아닙니다. 인스턴스는 호스트 하나에 들어가야 합니다.',
  'notes.preset.instances-on-demand.try': 'large Windows 인스턴스를 전체 복제로, 그다음 연결 복제로 요청하고 두 타임라인을 비교하세요. 배치 정책을 best-fit으로 바꾸고 다시 요청해 보세요. 호스트를 가득 채우고 거절 사유를 읽어 보세요.',
  'notes.preset.orchestration.shows': '대규모 컨테이너: 컨테이너 호스트 3대(각 코어 4개, 6 GiB)가 디플로이먼트 web(shop-web 1.0)을 실행합니다. 복제본 3개가 각각 코어 1개와 1 GiB를 요청하고(제한은 코어 2개와 1 GiB), 자동 확장은 CPU 요청량의 60 %를 목표로 3~10개 사이에서 조절합니다. 5.5초에 부하가 코어 1.8개에서 6개 분량으로 오르면 다음 동기화(6초)에 10개로 확장합니다. 16초에 node-2에 장애가 나면 복제본 3개를 교체하는데, 1개만 들어가고 2개는 node-2가 24초에 복구될 때까지 대기 중으로 남습니다(다른 노드의 코어 4개가 모두 요청됨). 30초에 2.0으로 롤링 업데이트(추가 1개, 사용 불가 0개)가 약 5초 동안 10개를 하나씩 교체하며, 새 복제본은 위쪽 40 MiB 레이어만 받습니다. 44초에 부하가 코어 1.5개로 내려가면 10초 창이 지난 뒤(53초) 3개로 축소합니다.',
  'notes.preset.orchestration.ask': 'node-2 장애 뒤 다른 노드에 메모리가 남아 있었는데도 왜 복제본 2개가 대기 중으로 남았을까요? 롤아웃 중 가장 나쁜 순간에 사용 가능한 복제본은 몇 개였고, 왜 그보다 적어지지 않았을까요? 확장은 곧바로 일어났는데 축소는 왜 10초를 기다렸을까요?',
  'notes.preset.orchestration.misconceptions': '스케줄러는 컨테이너가 지금 쓰는 양이 아니라 요청량으로 배치합니다. 코어 4개가 모두 요청된 노드는 한가해도 복제본을 더 받지 않습니다. 제한은 요청량이 아닙니다. 요청량은 예약하고 제한은 상한을 둡니다(cgroup 할당량과 메모리 제한). 강제 종료된 컨테이너는 그 노드가 제자리에서 다시 시작합니다. 노드를 잃거나 파드가 제거될 때만 디플로이먼트가 다른 곳에 대체 복제본을 만듭니다. 쿠버네티스는 몇 초에서 몇 분 단위로 반응하지만(자동 확장 15초마다, 축소는 5분 뒤, 노드 장애는 약 40초 뒤) 여기서는 1분 안에 보이도록 모두 줄였습니다.',
  'notes.preset.orchestration.try': '복제본 하나를 강제 종료하고 1초 뒤 같은 노드에서 다시 시작하는 것을 보세요. 노드에 장애를 내고 교체되는 수를 세어 보세요. 손으로 복제본을 14개로 정하고 남는 것이 왜 대기 중인지 읽어 보세요. 부하 슬라이더를 움직이며 기록 띠를 보세요. 노드 하나가 꺼진 채로 1.0으로 되돌려 롤아웃해 보세요.',
  'notes.preset.io-paths.shows': '코어 넷인 하드웨어 지원 호스트 하나(와 마이그레이션할 빈 호스트 하나)에서 똑같은 데이터베이스 가상머신 셋이 코어를 하나씩 차지하고 같은 디스크와 네트워크 I/O(무작위 읽기와 쓰기, 로그 쓰기)를 합니다. I/O 경로만 다릅니다: vm-emulated는 에뮬레이션 장치(I/O 하나에 레지스터 접근 트랩 6번), vm-virtio는 virtio 장치(요청 8개 묶음마다 알림 한 번), vm-passthrough는 SR-IOV 가상 기능(exit 없음, IOMMU가 DMA를 변환)입니다.',
  'notes.preset.io-paths.ask': '어느 가상머신이 I/O를 가장 많이 마칠까요? 나머지의 CPU 시간은 어디로 갔을까요? vm-passthrough는 왜 라이브 마이그레이션할 수 없고, 옮길 수 있게 하려면 무엇을 포기해야 할까요?',
  'notes.preset.io-paths.misconceptions': 'I/O 경로는 CPU 가상화 방식이 아닙니다. 호스트를 바이너리 변환이나 반가상화로 바꿔도 가상머신마다 경로와 I/O당 수치가 그대로입니다. 패스스루도 공짜가 아닙니다: 가상머신이 호스트의 장치에 묶입니다.',
  'notes.preset.io-paths.try': 'vm-emulated를 virtio로 바꾸고 I/O당 exit가 6에서 0.125로 줄어드는 것을 보세요. 호스트의 방식을 반가상화로 바꿔도 I/O 수치가 그대로인지 보세요. vm-passthrough의 마이그레이션을 요청하고 거절 사유를 읽어 보세요.',

  'notes.preset.vswitch-basics.shows': '호스트 둘에 각각 vSwitch가 있고 물리 스위치로 가는 업링크가 하나씩 있습니다. web-1은 같은 호스트의 app-1과 통신하고(vSwitch0을 떠나지 않음), app-1은 다른 호스트의 db-1에 질의하며(업링크로 나가 선을 건넘), web-1은 host-2의 컨테이너를 부르고, 외부 클라이언트가 web-1에 옵니다. 8초부터 12초까지는 라이브 마이그레이션이 같은 선에서 VLAN 99로 메모리를 복사합니다.',
  'notes.preset.vswitch-basics.ask': '물리 선을 건너는 흐름은 어느 것일까요? 마이그레이션 트래픽은 같은 케이블을 쓰는데도 왜 가상머신에 닿지 않을까요?',
  'notes.preset.vswitch-basics.misconceptions': '가상 스위치는 랙에 있는 장치가 아니라 하이퍼바이저 안의 소프트웨어이고, 그 포트 사이의 트래픽은 메모리 안에 머뭅니다.',
  'notes.preset.vswitch-basics.try': '흐름마다 한 번씩 따라가 보세요. 8초부터 12초까지 링크 그래프를 보세요.',

  'notes.preset.vlan-isolation.shows': '한 호스트와 한 선에 테넌트가 둘 있습니다. 테넌트 A는 VLAN 10(웹, 데이터베이스, 그리고 두 번째 호스트의 복제본), 테넌트 B는 VLAN 20입니다. B의 웹 서버가 A의 데이터베이스에 질의하려다 vSwitch에서 버려집니다.',
  'notes.preset.vlan-isolation.ask': '두 가상머신이 같은 vSwitch에 있는데 B는 왜 A에 닿지 못할까요? A의 복제 트래픽은 어떻게 다른 호스트에 닿을까요?',
  'notes.preset.vlan-isolation.misconceptions': 'VLAN은 케이블이 아니라 태그로 격리합니다. vNIC을 다른 VLAN으로 옮기면 닿을 수 있는 상대가 곧바로 바뀝니다.',
  'notes.preset.vlan-isolation.try': 'b-web의 vNIC을 VLAN 10으로 옮기면 버려짐이 멈춥니다. 격리는 벽이 아니라 설정입니다.',

  'notes.preset.vm-vs-container.shows': '같은 웹 앱을 똑같은 호스트에 네 가지로 실행합니다. 가상머신 네 대(각 768 MiB, 각자 Linux 게스트), 컨테이너 네 개(각 512 MiB 제한, 커널 하나를 공유), 그리고 가상머신 하나 안의 컨테이너 네 개는 그 가상머신이 부팅을 마친 약 4.1초 뒤에 시작합니다.',
  'notes.preset.vm-vs-container.ask': '어느 쪽이 먼저, 얼마나 빨리 시작하나요? 가상머신들은 게스트 OS에 메모리를 얼마나 쓰나요? 가상머신 안의 컨테이너가 가장 늦게 시작하는 이유는? 공격자가 컨테이너 하나 안에서 커널을 뚫으면 무엇을 더 얻게 되나요? 가상머신 하나 안에서라면요?',
  'notes.preset.vm-vs-container.misconceptions': '가상머신 안의 컨테이너가 CPU를 “이중으로 가상화”하는 것은 아닙니다. 그 가상머신의 vCPU를 나눠 씁니다. 가상머신의 게스트 OS가 뜬 뒤에야 시작합니다. 네임스페이스와 cgroup은 커널 버그를 막는 보안 경계가 아닙니다. 한 커널 위의 모든 컨테이너는 그 커널의 버그도 함께 나눕니다.',
  'notes.preset.vm-vs-container.try': '틱 0부터 0.25× 속도로 경주시키세요. 메모리 띠를 비교하고, 각각 몇 개가 더 들어갈지 세어 보세요. 각 열 아래의 “커널 취약점 공격해 보기”를 눌러 무엇이 뚫리는지 비교해 보세요(클라우드의 흔한 답: 테넌트마다 가상머신 하나, 그 안에 컨테이너).',

  'notes.preset.docker-layers.shows': '도커 호스트 둘이 있습니다. host-a의 두 번째 shop-api는 곧바로 시작하고(층이 모두 있음), 비어 있는 host-b의 python은 층을 모두 받아 오며, 그 뒤 host-b의 shop-api는 python에 없는 두 층만 받아 옵니다. api-1은 파일을 고치고(쓰기 시 복사), 256 MiB 데이터베이스는 OOM killer에 종료되며, batch-1은 cgroup 할당량으로 CPU 0.2개에 묶입니다.',
  'notes.preset.docker-layers.ask': 'host-b의 두 번째 풀이 조금만 받아 온 이유는? api-1이 고친 파일은 어디로 갔을까요? 호스트에 빈 메모리가 있는데도 데이터베이스가 종료된 이유는?',
  'notes.preset.docker-layers.misconceptions': '이미지는 컨테이너마다 복사되지 않습니다. 층은 읽기 전용으로 공유되고, 컨테이너마다 얇은 쓰기 층 하나만 더합니다.',
  'notes.preset.docker-layers.try': '풀마다 층 목록을 보세요. batch-1을 선택해 CPU 사용량과 할당량을 비교하세요. 데이터베이스의 메모리 제한을 올려 보세요.',

  'notes.preset.drs-balance.shows': '똑같은 호스트 셋이 있고, 가상머신 여덟 대가 모두 host-1에서 시작합니다(정비 시간 뒤처럼). DRS가 25포인트 임계값으로 켜져 있어 5초마다 CPU 수요와 사용 중인 메모리를 비교하고, 이동이 줄이는 불균형이 마이그레이션 비용보다 클 때만 가장 바쁜 호스트에서 가장 한가한 호스트로 가상머신 하나를 이유와 함께 라이브 마이그레이션합니다. 옮긴 가상머신은 30초 동안 그대로 두므로 핑퐁이 없습니다.',
  'notes.preset.drs-balance.ask': 'DRS는 어느 가상머신을 먼저 옮기고 왜 그것일까요? 왜 한 번에 하나일까요? 호스트가 똑같지 않은데도 언제 멈출까요?',
  'notes.preset.drs-balance.misconceptions': '균형은 “호스트마다 가상머신 수가 같음”이 아닙니다. DRS는 수요를 맞추고, 쉬는 가상머신은 거의 아무것도 더하지 않습니다.',
  'notes.preset.drs-balance.try': '결정마다 이유를 읽어 보세요. 임계값을 바꿔 보세요. DRS를 껐다 켜 보세요.',

  'notes.preset.live-migration.shows': '10 GbE 링크로 이어진 호스트 둘이 있습니다. 5초에 web-vm(메모리 모델이 잰 쓰기 속도 약 90 MiB/s)이 host-2로 옮겨집니다. 전체 복사, 줄어드는 라운드, 그리고 몇 ms의 정지가 있습니다. 16초에는 초당 약 1,700 MiB를 쓰는(링크보다 빠른) 인메모리 데이터베이스 db-vm을 옮기는데, 더러운 페이지가 줄지 않아 auto-converge가 라운드마다 vCPU를 한 단계씩 더 늦춥니다(20 %, 30 % … 99 %). 렌즈에 보이는 쓰기 속도도 함께 떨어지고(60 %에서 약 1,000 MiB/s, 80 %에서 약 600 MiB/s), 남은 페이지를 몇 ms 정지로 보낼 수 있을 만큼 줄면 옮겨집니다. 14초부터 db-vm은 host-1의 NIC로 외부 백업(500 MiB/s)도 내보내므로, 마이그레이션이 그 NIC를 나눠 씁니다. 복사는 1250 MiB/s 중 약 890 MiB/s만 얻어 라운드가 늘고, 백업은 패킷 묶음을 잃습니다(네트워크 렌즈: host-1 송신 100 %). 옮겨진 가상머신은 메모리가 상주한 채로 도착합니다.',
  'notes.preset.live-migration.ask': '웹 가상머신에 라운드가 여러 번 필요한 이유는? 데이터베이스는 왜 스스로 따라잡을 수 없을까요? 정지하는 동안 사용자는 무엇을 느낄까요?',
  'notes.preset.live-migration.misconceptions': '라이브 마이그레이션은 순식간도 아니고 다운타임 0도 아닙니다. 마지막 stop-and-copy가 가상머신을 잠깐 멈춥니다.',
  'notes.preset.live-migration.try': '두 마이그레이션의 라운드와 다운타임을 비교하세요. 대체 방식을 stop-and-copy로 바꿔 정지 시간을 비교하세요.',

  'notes.preset.host-failure.shows': 'HA가 켜진 16 GiB 호스트 셋이 있습니다. 6초에 4 GiB 가상머신 세 대가 있는 host-1이 고장 나 즉시 멈춥니다. HA는 하트비트 없이 15초를 기다린 뒤 호스트가 죽었다고 판단하고, 구성 메모리가 아니라 예약(과 오버헤드)을 세며 first fit으로 다시 시작합니다. 승인 제어가 호스트 하나만큼을 예약하지 않고 비워 두었으므로 셋 다 host-2에 들어갑니다. 이제 host-2에는 16 GiB에 20 GiB어치 가상머신이 있습니다(오버커밋).',
  'notes.preset.host-failure.ask': 'HA는 왜 바로 재시작하지 않고 15초를 기다릴까요? host-2의 빈 메모리가 구성 크기보다 적은데 왜 셋 다 들어갈까요?',
  'notes.preset.host-failure.misconceptions': 'HA는 실행 중인 가상머신을 옮기지 않습니다. 고장 난 호스트의 가상머신은 멈추고 다른 곳에서 다시 부팅합니다(부팅에 몇 초가 걸립니다).',
  'notes.preset.host-failure.try': '예약이 큰 가상머신을 배치해 승인 제어의 거부 이유를 읽어 보세요. HA를 끄고 비교해 보세요.',

  'notes.preset.memory-overcommit.shows': '8 GiB 호스트 한 대에 가상머신 세 대가 12 GiB(1.5배)를 약속받았고, 1배속으로 따라갈 수 있게 단계가 나뉘어 있습니다. 가상머신은 차례로 켜지고(0, 4, 8초) 처음에는 쉽니다. 게스트가 페이지 캐시를 채우면 빈 메모리가 minFree 아래로 내려갑니다(clear, 13초쯤: 공유가 더 빨리 훑음). 16초에 web의 사이트가 열립니다(soft: 벌룬이 부풂. 메모리 몫이 큰 db가 아니라 web과 batch에서). 26초에 db의 보고서 작업과 batch의 데이터 적재가 함께 시작합니다(hard: 압축과 스와핑). 그 뒤 1초 남짓 스와핑이 수요를 따라가지 못해, 26.1초에서 27.2초 사이에 호스트가 일곱 번 low로 떨어졌다가(한 번에 60~120 ms, 새 할당이 기다림) hard로 돌아옵니다. 게이지 아래 “최근 1분” 띠에 떨어질 때마다 표시가 남습니다. 27.6초에 soft로 돌아옵니다. 26초부터 가상머신들은 메모리를 기다리느라 일을 덜 합니다. 각 구간을 볼 수 있게 minFree를 512 MiB로 올렸습니다.',
  'notes.preset.memory-overcommit.ask': '상태가 바뀔 때마다 무엇이 작동하고, 왜 그것이 다음 단계보다 쌀까요? 어느 가상머신이 먼저 메모리를 내줄까요?',
  'notes.preset.memory-overcommit.misconceptions': '오버커밋하는 순간 호스트의 메모리가 “바닥나는” 것은 아닙니다. 게스트가 실제로 메모리를 쓸 때에야 약속이 문제가 됩니다.',
  'notes.preset.memory-overcommit.try': '벌루닝이나 압축을 끄면 호스트가 더 빨리 스왑에 이릅니다. 가상머신 하나를 정지해 메모리를 돌려주세요.',

  'notes.preset.balloon.shows': '쉬는 가상머신과 바쁜 데이터베이스 가상머신이 8 GiB를 약속받은 5.3 GiB 호스트를 나눠 씁니다. 쉬는 가상머신이 먼저 돌며 빈 메모리를 페이지 캐시로 채우고, 6초에 데이터베이스가 켜진 뒤 부하가 세 번에 걸쳐 늘어납니다. 벌룬 드라이버는 1초에 한 번 목표를 묻고 초당 최대 64 MiB만 부풀리므로 매번 부하가 더 빠릅니다. 14초에 사이트가 열리고(soft: 벌룬이 부풉니다), 17초에 배치 작업이 시작되고(hard: 하이퍼바이저가 잠시 스왑합니다), 20초에 보고서 작업이 시작됩니다(low: 할당이 잠시 기다립니다). 유휴 메모리 세금이 켜져 있어 바쁜 가상머신이 아니라 쉬는 가상머신(대부분 차가운 페이지 캐시)이 내줍니다. 32초에 데이터베이스가 꺼지면 메모리가 다시 넉넉해지고 벌룬이 제 속도로 줄어듭니다(50초쯤 다 줄어듭니다). 벌룬이 주된 도구가 되도록 압축은 꺼 두었습니다.',
  'notes.preset.balloon.ask': '쉬는 가상머신이 더 내주어야 하는 이유는? 게스트는 어떤 페이지부터 벌룬에 내줄까요?',
  'notes.preset.balloon.misconceptions': '벌룬은 페이지를 무작정 빼앗지 않습니다. 무엇을 내줄지는 게스트가 고르고(페이지 캐시부터), 그래서 벌루닝이 하이퍼바이저 스왑보다 덜 아픕니다.',
  'notes.preset.balloon.try': '유휴 메모리 세금을 끄고 두 벌룬을 비교하세요. 게스트의 교체 정책을 바꿔 보세요.',

  'notes.preset.page-sharing.shows': '똑같은 Linux 게스트 넷이 가상머신 간 공유를 켠 4 GiB 호스트에 있습니다. 똑같은 OS 페이지와 0으로 찬 페이지가 쓰기 시 복사로 공유되는 프레임으로 합쳐지고, 쓰기가 일어나면 공유가 깨집니다.',
  'notes.preset.page-sharing.ask': '여기서 공유로 메모리를 얼마나 아낄까요? 2015년부터 가상머신 간 공유가 기본으로 꺼진 이유는?',
  'notes.preset.page-sharing.misconceptions': '공유된 페이지라고 게스트에게 읽기 전용인 것은 아닙니다. 첫 쓰기 때 다시 전용 프레임으로 복사됩니다(쓰기 시 복사).',
  'notes.preset.page-sharing.try': '가상머신 간 공유를 끄고 공유 프레임이 갈라지는 것을 보세요. 가상머신 안에서만 공유할 때와 비교하세요.',

  'notes.preset.shadow-vs-nested.shows': '같은 웹 가상머신을 실행하는 코어 2개짜리 호스트 둘입니다. 하나는 바이너리 변환과 섀도 페이지 테이블, 다른 하나는 하드웨어 지원과 중첩 페이징(EPT/NPT)입니다. TLB 미스 한 번에 섀도 페이징은 4번, 중첩 페이징은 최대 24번 참조하지만, 섀도 페이징은 게스트가 페이지 테이블을 쓰거나 CR3를 바꿀 때마다 exit합니다.',
  'notes.preset.shadow-vs-nested.ask': 'TLB 미스 한 번에 더 많이 치르는 호스트는, 그리고 페이지 테이블 쓰기 한 번에 더 많이 치르는 호스트는 어디일까요? 큰 페이지가 중첩 페이징에 그렇게 도움이 되는 이유는?',
  'notes.preset.shadow-vs-nested.misconceptions': '어느 쪽이 늘 빠른 것은 아닙니다. 두 비용 모두 CPU 시간이고, 워크 패널이 사이클로 견주어 보여 줍니다. 섀도 페이징은 페이지 테이블을 쓸 때마다 exit하므로 게스트가 메모리를 매핑하는 동안 더 치르고, 중첩 페이징은 워크 한 번에 최대 24번 참조하므로 메모리가 다 매핑된 뒤에는 워크 비용이 앞지릅니다(여기서는 약 30초 뒤). TLB 적중률이 95–99 %라 긴 워크는 드물고, 큰 페이지를 쓰면 워크가 짧아집니다.',
  'notes.preset.shadow-vs-nested.try': '두 호스트에서 워크를 한 단계씩 보세요. 큰 페이지를 켜 보세요(3번과 15번). 태그된 TLB를 끄면 미스가 늘어납니다.',

  'notes.preset.memory-16k.shows': '메모리 벤치마크입니다. 페이지당 1 MiB인 16 GiB 호스트(프레임 16,384개)를 3초 간격으로 켜지는 가상머신 여섯 대가 1.5배 오버커밋합니다(17.7초쯤 soft, 19.6초에 hard, 20.1초와 20.7초에 low, 21.6초에 다시 soft). 26초부터는 몇 초마다 가상머신 하나를 정지했다 다시 시작해 수천 개의 프레임이 주인과 상태를 바꿉니다.',
  'notes.preset.memory-16k.ask': '어떤 회수 기법들이 한꺼번에 작동하나요? 비워진 프레임이 왜 금세 다시 찰까요?',
  'notes.preset.memory-16k.misconceptions': '여기서 칸 하나는 4 KiB 페이지가 아니라 1 MiB짜리 모델 페이지입니다. 렌즈가 배율을 표시합니다.',
  'notes.preset.memory-16k.try': '최고 속도로 실행해 격자가 따라오는지 확인하세요. 작은 메모리 프리셋들 뒤에 규모를 보여 주는 데 쓰세요.',
} as const;
