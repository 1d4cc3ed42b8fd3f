/** The CPU lens (work in progress). */
export default function CpuView() {
  return <div className="lens lens-cpu" data-testid="lens-cpu" />;
}
