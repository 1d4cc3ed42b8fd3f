// The words of 'network' any screen may show: boot loads them with the core catalogue (its other words, in lenses/network.ko.ts, load with the lenses that show them).
/** 네트워크 렌즈: 가상 스위치, 포트 그룹(VLAN), 업링크, 패킷 묶음과 폐기 이유. */
export default {
  'lens.network': '네트워크',
  'network.reason.noPath': '둘 사이에 경로가 없습니다',
  'network.reason.unplugged': 'vNIC가 어떤 가상 스위치에도 연결되어 있지 않습니다',
  'network.reason.noPortGroup': '가상 스위치에 이 VLAN의 포트 그룹이 없습니다',
  'network.reason.vlanMismatch': '목적지가 다른 VLAN에 있습니다: 스위치는 같은 VLAN의 포트로만 프레임을 전달합니다',
  'network.reason.noUplink': '가상 스위치에 업링크가 없습니다: 호스트 내부 전용입니다',
  'network.reason.dstDown': '목적지 가상머신이 실행 중이 아닙니다',
  'network.reason.congested': '호스트 NIC가 혼잡했습니다: 대기열이 가득 차서 패킷 묶음이 폐기되었습니다(tail drop)',
  'network.reason.noSuchVnic': '{vm}에 "{vnic}" vNIC가 없습니다',
  'network.reason.sameVlan': '{vnic:은/는} 이미 VLAN {vlan}에 있습니다',
  'network.error.vswitchHost': '가상 스위치 "{id}"는 다른 호스트에 있습니다',
  'network.event.dropped': '흐름 {flow}: {at}에서 패킷이 폐기됨, 이유: {reason}.',
  'network.event.congestedTx': '{host}의 NIC 송신이 혼잡합니다: 보낼 수 있는 양보다 많이 들어와 대기열이 가득 찼고 트래픽이 폐기됩니다.',
  'network.event.congestedRx': '{host}의 NIC 수신이 혼잡합니다: 받을 수 있는 양보다 많이 들어와 대기열이 가득 찼고 트래픽이 폐기됩니다.',
  'network.event.vlanChanged': '{vm}의 {vnic:이/가} VLAN {from}에서 VLAN {to:으로/로} 이동했습니다.',
} as const;
