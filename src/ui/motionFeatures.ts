/** framer-motion's DOM animation features, loaded after first paint (see LazyMotion in App). */
import { domAnimation } from 'framer-motion';

export default domAnimation;
